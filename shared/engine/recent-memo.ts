/**
 * Remembers a pure function of one string for its last few distinct keys, recently used first: a
 * key that comes again is found at the front, and nothing is allocated per call.
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

/** `remember(key, compute)`: `compute(key)` unless `key` is among the `size` distinct keys kept (see the hit below). */
export function recentMemo<V>(size: number): (key: string, compute: (key: string) => V) => V {
  if (!Number.isInteger(size) || size < 1) throw new Error(`recentMemo: size ${size} must be a positive integer`);
  const keys = new Array<string | null>(size).fill(null);
  const values = new Array<V>(size);
  return (key, compute) => {
    // Unequal lengths compare in constant time, so a miss on ordinary text costs a few loads.
    for (let i = 0; i < size; i++) {
      if (keys[i] !== key) continue;
      const value = values[i] as V;
      // A hit trades places with the front entry: exact recency for two entries, and for more
      // a key used again stays ahead of those used once, at two moves instead of a shift.
      if (i > 0) {
        keys[i] = keys[0] as string | null;
        values[i] = values[0] as V;
        keys[0] = key;
        values[0] = value;
      }
      return value;
    }
    const value = compute(key);
    // A miss drops the last entry and goes to the front; computing it costs far more than the moves.
    for (let j = size - 1; j > 0; j--) {
      keys[j] = keys[j - 1] as string | null;
      values[j] = values[j - 1] as V;
    }
    keys[0] = key;
    values[0] = value;
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
