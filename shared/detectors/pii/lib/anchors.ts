/**
 * Anchored scanning (issue #4, speed): a detector finds the few places a match can start with
 * `indexOf` on a literal or a regex whose first character is a narrow class, and only there tries
 * its full pattern as a sticky regex. A global regex that opens with a look-behind or a
 * letter-first, case-insensitive alternation is instead attempted at every position of the text
 * (20–60 ms per MB each); anchored, most detectors cost about 1 ms per MB.
 */
import { MAX_MATCHES_PER_DETECTOR } from './regex-scan';
import { escapeRegex } from '../../../engine/escape-regex';

const unions = new WeakMap<readonly string[], RegExp>();

/**
 * Ascending start positions of any of `words` (lower-case literals) in `lower`. One regex union
 * of the literals, not one `indexOf` pass per word: a pass costs ~0.5 ms per MB whatever the
 * word, the union's first-character check about the same for all of them together.
 */
export function literalHits(lower: string, words: readonly string[], limit = 4 * MAX_MATCHES_PER_DETECTOR): number[] {
  let re = unions.get(words);
  if (!re) {
    re = new RegExp([...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|'), 'g');
    unions.set(words, re);
  }
  const hits: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null && hits.length < limit; m = re.exec(lower)) {
    hits.push(m.index);
    re.lastIndex = m.index + 1; // overlapping words ("zip" inside "zip code") still report their position once
  }
  return hits;
}

/** Runs a sticky (`y`) regex at `pos`; `null` when it does not match there. */
export function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the character before `pos` is a letter or digit in any script (`pos` is mid-word). */
export const midWord = (text: string, pos: number): boolean => pos > 0 && LETTER_OR_DIGIT.test(text.charAt(pos - 1));
