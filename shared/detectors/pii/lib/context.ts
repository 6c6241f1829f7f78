import type { ContextEffect } from '../../../engine/types';

/**
 * Context words: Presidio-style confidence boosts from words near a match. Windows are in
 * characters, not tokens, so the lookup is a bounded `indexOf` on the lower-cased text.
 */

/** Characters looked at before a match; ~6 words, the span Presidio's context enhancer uses. */
export const CONTEXT_BEFORE = 48;
/** Characters after a match; labels usually precede values, so the tail window is shorter. */
export const CONTEXT_AFTER = 24;

/** The first context word found near [start, end), as a whole word, or `undefined`. */
export function findContext(
  lower: string,
  start: number,
  end: number,
  words: readonly string[],
  before = CONTEXT_BEFORE,
  after = CONTEXT_AFTER,
): string | undefined {
  const from = Math.max(0, start - before);
  const window = lower.slice(from, start) + ' ' + lower.slice(end, end + after);
  for (const word of words) {
    let at = window.indexOf(word);
    while (at >= 0) {
      if (!isWordChar(window.charCodeAt(at - 1)) && !isWordChar(window.charCodeAt(at + word.length))) return word;
      at = window.indexOf(word, at + 1);
    }
  }
  return undefined;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** One `ContextEffect` list for a found word (empty when none). */
export function effects(word: string | undefined, delta: number): ContextEffect[] {
  return word === undefined ? [] : [{ word, delta }];
}

/** True when the characters just around the span are word/number characters (a partial token). */
export function embedded(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.charAt(start - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end));
}
