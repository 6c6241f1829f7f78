/**
 * Shannon entropy in bits per character. Random base62 tokens score ~5.2–5.9, hex ~3.7–4.0,
 * English words and code identifiers ~2.5–3.5: this is the signal generic rules lean on.
 */
import { memoByValue } from '../../../engine/recent-memo';

/** Reused per call (never shared across calls): counts of the Latin-1 range. */
const LATIN1 = new Int32Array(256);

export const shannonEntropy = memoByValue(function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  // Counts in a typed array (a Map per call cost more than the arithmetic); rarer code units go
  // to a Map. `LATIN1` is zeroed again on the way out, so the function stays pure.
  let other: Map<number, number> | null = null;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 256) LATIN1[c] = (LATIN1[c] as number) + 1;
    else (other ??= new Map()).set(c, (other.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 256) continue;
    const count = LATIN1[c] as number;
    if (count === 0) continue;
    const p = count / n;
    bits -= p * Math.log2(p);
    LATIN1[c] = 0;
  }
  for (const count of other?.values() ?? []) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
});

/** Which character classes appear: lower, upper, digit, other. */
export function charClasses(value: string): { lower: boolean; upper: boolean; digit: boolean; symbol: boolean } {
  return {
    lower: /[a-z]/.test(value),
    upper: /[A-Z]/.test(value),
    digit: /[0-9]/.test(value),
    symbol: /[^A-Za-z0-9]/.test(value),
  };
}
