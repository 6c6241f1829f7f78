import { describe, expect, test } from 'vitest';
import { containsAny, hasPhrase, hasPhraseBefore, phraseSearch } from './prefilter';

describe('hasPhrase', () => {
  test.each([
    ['note to the ai', true],
    ['note\n\t to the ai', true],
    ['note\u00a0for the model', true],
    ['meeting notes to share', false],
    ['note: to do', false],
    ['a note', false],
    ['notebook for', false],
  ])('%j → %s', (lower, expected) => expect(hasPhrase(lower, ['message', 'note'], ['to', 'for'])).toBe(expected));

  test('finds a later occurrence after an earlier one that does not fit', () =>
    expect(hasPhrase('the following steps; then follow them', ['follow'], ['it', 'them'])).toBe(true));

  test('never says no where the pattern it stands for matches', () => {
    const pattern = /(?:two|2)\s+(?:ways|answers)/i;
    for (const s of ['in two ways', 'give 2\r\nanswers', 'two  ways', 'two\u3000answers', 'two days', 'twoways', 'two-ways'])
      expect(hasPhrase(s.toLowerCase(), ['two', '2'], ['ways', 'answers'])).toBe(pattern.test(s));
  });
});

/** Strings over a small alphabet of the characters these searches care about, from a fixed seed. */
function samples(count: number): string[] {
  const alphabet = ['note', 'to', 'for', 'two', 'ways', 'carry out', ' ', '  ', '\n', '\u00a0', '\u3000', 'x', '.', '[adm', 'in', '(', '+'];
  let seed = 7;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % alphabet.length;
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 12) }, () => alphabet[next()]).join(''));
}

describe('containsAny and phraseSearch give the answers of includes and hasPhrase', () => {
  const literals = ['[admin', 'carry out', 'a.b', '(+)', 'two ways'];
  const words = ['note', 'two', 'carry out', 'a.b'];
  const nexts = ['to', 'for', 'ways', '(+)', 'x x'];
  const any = containsAny(literals);
  const phrase = phraseSearch(words, nexts);

  test.each(samples(400).concat(['[admin]', 'a.b (+)', 'axb (+)', 'note\n\u00a0 to', 'carry out\tx x', 'two  ways']))('%j', (s) => {
    expect(any.test(s)).toBe(literals.some((l) => s.includes(l)));
    expect(phrase.test(s)).toBe(hasPhrase(s, words, nexts));
    expect(hasPhraseBefore(s, words, nexts)).toBe(hasPhrase(s, words, nexts));
  });

  test('refuses a next word starting with whitespace (\\s+ would backtrack into it)', () =>
    expect(() => phraseSearch(['note'], [' to'])).toThrow(/whitespace/));
});
