import { describe, expect, test } from 'vitest';
import { normalizeForMatching, toOriginalSpan } from './normalize';

describe('normalizeForMatching', () => {
  test.each([
    ['plain ASCII is untouched', 'AKIA1234', 'AKIA1234'],
    ['zero-width space removed', 'AK\u200BIA', 'AKIA'],
    ['bidi controls removed', '\u202Esecret\u202C', 'secret'],
    ['BOM and word joiner removed', '\uFEFFa\u2060b', 'ab'],
    ['Cyrillic lookalikes folded', '\u0410KI\u0410', 'AKIA'],
    ['Greek lookalikes folded', '\u039Fpen\u0391I', 'OpenAI'],
    ['fullwidth folded', '\uFF21\uFF2B\uFF29\uFF21', 'AKIA'],
    ['math bold folded', '\u{1D400}\u{1D40A}', 'AK'],
    ['NBSP to space, en dash to hyphen', 'a\u00A0b\u2013c', 'a b-c'],
    ['accents kept', 'café', 'café'],
    ['lone surrogates kept', 'a\uD800b\uDC00', 'a\uD800b\uDC00'],
    ['RTL text kept', 'שלום', 'שלום'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForMatching(input).text).toBe(expected);
  });

  test.each([
    ['AK\u200BIA5', 'AKIA', 'AK\u200BIA'],
    ['x \u{1D400}\u{1D40A} y', 'AK', '\u{1D400}\u{1D40A}'],
    ['\u200B\u200Bkey\u200B', 'key', 'key'],
  ])('span of %j maps back to the original', (input, needle, originalSpan) => {
    const view = normalizeForMatching(input);
    const start = view.text.indexOf(needle);
    const [s, e] = toOriginalSpan(view, start, start + needle.length);
    expect(input.slice(s, e)).toBe(originalSpan);
  });

  test('lower-casing the normalised text keeps its length', () => {
    expect(normalizeForMatching('İSTANBUL').text.toLowerCase()).toHaveLength(8);
  });
});
