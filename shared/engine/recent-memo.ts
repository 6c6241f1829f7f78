/**
 * Remembers a pure function of one string for its last few distinct keys, most recently used
 * first: a key that comes again is found at the front, and nothing is allocated per call.
 *
 * Two kinds of callers share it. The engine runs each detector over a prompt and then over its
 * joined windows before the next detector, so detectors that share work on one text (the intent
 * analysis, the model verdict) find it here. And a paste that repeats one token thousands of times
 * (`api_key=sk_live_…` × 2,500) hands the same value to the secret rules' checks once per
 * occurrence (issue #3: adversarial inputs within 2× of normal text): remembered, each distinct
 * value is judged once. Every occurrence is still visited and reported; only the verdict on an
 * identical value is reused, so nothing can hide behind a repeat. Bounded, because the service
 * worker that holds these memos is long-lived.
 */

/** `remember(key, compute)`: `compute(key)` unless `key` is among the last `size` distinct keys used. */
export function recentMemo<V>(size: number): (key: string, compute: (key: string) => V) => V {
  const keys: string[] = [];
  const values: V[] = [];
  return (key, compute) => {
    // Unequal lengths compare in constant time, so a miss on ordinary text costs a few loads.
    let i = keys.indexOf(key);
    const value = i >= 0 ? (values[i] as V) : compute(key);
    if (i !== 0) {
      // To the front, the ones before it one back; a miss adds a slot, or drops the last when full.
      if (i < 0) {
        if (keys.length < size) {
          keys.push(key);
          values.push(value);
        }
        i = keys.length - 1;
      }
      // A loop, not `copyWithin`: the builtin costs ~0.2 µs a call on four slots (measured), and
      // ordinary text misses on nearly every call.
      for (let k = i; k > 0; k--) {
        keys[k] = keys[k - 1] as string;
        values[k] = values[k - 1] as V;
      }
      keys[0] = key;
      values[0] = value;
    }
    return value;
  };
}

/**
 * Distinct values a `memoByValue` function remembers: an alternation of a few tokens (`A B A B …`)
 * and two rules judging the same value in turn still hit; it is not a dictionary.
 */
export const RECENT_VALUES = 4;

/** `fn` remembered for its last `size` distinct arguments (see `recentMemo`). */
export function memoByValue<V>(fn: (value: string) => V, size = RECENT_VALUES): (value: string) => V {
  const remember = recentMemo<V>(size);
  return (value) => remember(value, fn);
}
