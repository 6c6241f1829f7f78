import { normalizeForMatching } from './normalize';

/**
 * Policy terms (organisation names, confidential keywords) are matched in the normalised,
 * lower-cased text, so they are normalised the same way once.
 */
export function normalizeTerm(term: string): string {
  return normalizeForMatching(String(term)).text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const isWordChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c > 0x7f;

/** Is the occurrence of `term` at `i` in `haystack` a whole word (no word character on either side)? */
export function isWholeWordAt(haystack: string, i: number, term: string): boolean {
  const before = i === 0 ? 0x20 : haystack.charCodeAt(i - 1);
  const after = i + term.length >= haystack.length ? 0x20 : haystack.charCodeAt(i + term.length);
  const edgeStart = isWordChar(term.charCodeAt(0));
  const edgeEnd = isWordChar(term.charCodeAt(term.length - 1));
  return (!edgeStart || !isWordChar(before)) && (!edgeEnd || !isWordChar(after));
}

/**
 * Start offsets of `term` in `haystack` (both lower-case) where it is a whole word: "acme" does not
 * match inside "acmeville". `indexOf`-based, so linear and cheaper than a regex per term.
 */
export function findWholeWords(haystack: string, term: string, limit = Number.POSITIVE_INFINITY): number[] {
  const hits: number[] = [];
  if (term.length === 0) return hits;
  for (let i = haystack.indexOf(term); i !== -1 && hits.length < limit; i = haystack.indexOf(term, i + 1)) {
    if (isWholeWordAt(haystack, i, term)) hits.push(i);
  }
  return hits;
}
