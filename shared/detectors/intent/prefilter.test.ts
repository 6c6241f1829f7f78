import { describe, expect, test } from 'vitest';
import { hasPhrase } from './prefilter';

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
