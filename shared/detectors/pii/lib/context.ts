import type { ContextEffect } from '../../../engine/types';
import { escapeRegex } from '../../../engine/escape-regex';

/**
 * Context words: Presidio-style confidence boosts from words near a match. Windows are in
 * characters, not tokens, so the lookup is a bounded `indexOf` on the lower-cased text.
 */

/** Characters looked at before a match; ~6 words, the span Presidio's context enhancer uses. */
export const CONTEXT_BEFORE = 48;
/** Characters after a match; labels usually precede values, so the tail window is shorter. */
export const CONTEXT_AFTER = 24;

/**
 * One regex per word list, compiled on first use: a single scan of the window instead of one
 * `indexOf` per word (the entity pass calls this several times per capitalised sequence).
 * Word boundaries are ASCII letters and digits, as before.
 */
const compiled = new WeakMap<readonly string[], RegExp>();
function listRegex(words: readonly string[]): RegExp {
  let re = compiled.get(words);
  if (!re) {
    const alt = [...words].sort((a, b) => b.length - a.length).map(escapeRegex);
    re = new RegExp(`(?<![a-zA-Z0-9])(?:${alt.join('|')})(?![a-zA-Z0-9])`);
    compiled.set(words, re);
  }
  return re;
}

/** The context word found nearest the start of the window around [start, end), or `undefined`. */
export function findContext(
  lower: string,
  start: number,
  end: number,
  words: readonly string[],
  before = CONTEXT_BEFORE,
  after = CONTEXT_AFTER,
): string | undefined {
  if (words.length === 0) return undefined;
  const from = Math.max(0, start - before);
  const window = after > 0 ? lower.slice(from, start) + ' ' + lower.slice(end, end + after) : lower.slice(from, start);
  return listRegex(words).exec(window)?.[0];
}

/** One `ContextEffect` list for a found word (empty when none). */
export function effects(word: string | undefined, delta: number): ContextEffect[] {
  return word === undefined ? [] : [{ word, delta }];
}

/** True when the characters just around the span are word/number characters (a partial token). */
export function embedded(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.charAt(start - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end));
}
