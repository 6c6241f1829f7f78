/**
 * Remembers a pure function of one string for its last few distinct arguments.
 *
 * A paste that repeats one token thousands of times (`api_key=sk_live_…` × 2,500) hands the same
 * value to the same checks once per occurrence; the regexes, entropy and placeholder tests behind
 * them were most of the secret rules' cost on such a text (issue #3: adversarial inputs within 2×
 * of normal text). Remembered, each distinct value is judged once. Every occurrence is still
 * visited and reported: only the verdict on an identical value is reused, so nothing can hide
 * behind a repeat. A few entries rather than one, so alternating tokens (`A B A B …`) and two rules
 * judging the same value in turn still hit.
 */

/** Distinct arguments remembered per function: an alternation of a few tokens, not a dictionary. */
export const VALUE_MEMO_SIZE = 4;

export function memoByValue<R>(fn: (value: string) => R): (value: string) => R {
  const keys: (string | null)[] = new Array<string | null>(VALUE_MEMO_SIZE).fill(null);
  const results: R[] = new Array<R>(VALUE_MEMO_SIZE);
  let next = 0;
  return (value) => {
    // Unequal lengths compare in constant time, so a miss on ordinary text costs a few loads.
    for (let i = 0; i < VALUE_MEMO_SIZE; i++) if (keys[i] === value) return results[i] as R;
    const result = fn(value);
    keys[next] = value;
    results[next] = result;
    next = (next + 1) % VALUE_MEMO_SIZE;
    return result;
  };
}
