import { describe, expect, test } from 'vitest';
import { FOLD_TABLE } from './fold-table';
import { NARROW_FOLDS, normalizeForMatching, toNormalizedIndex, toOriginalIndex, toOriginalSpan } from './normalize';
import { mulberry32 } from '../random/mulberry32';

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
    // Unfolded astral characters keep both units, in short and long runs between folds.
    ['emoji between folds kept', 'a\u{1F600}\u200Bb\u{1D400}\u{1F600}\u{1F600}\u0410', 'a\u{1F600}bA\u{1F600}\u{1F600}A'],
    ['emoji run kept', `\u200B${'\u{1F600}'.repeat(20)}\u0410${'x'.repeat(31)}\u{1F600}\u200B`, `${'\u{1F600}'.repeat(20)}A${'x'.repeat(31)}\u{1F600}`],
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

/** The dense index map, built the obvious way: one step per original code point. */
function referenceMap(original: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff && original.charCodeAt(i) >= 0xd800 && original.charCodeAt(i) <= 0xdbff ? 2 : 1;
    const folded = FOLD_TABLE.get(cp) ?? original.slice(i, i + width);
    for (let k = 0; k < folded.length; k++) map.push(i);
    text += folded;
    i += width;
  }
  map.push(original.length);
  return { text, map };
}

describe('sparse offset mapping', () => {
  test.each([
    ['AK\u200BIA5'],
    ['\u200B\u200Bkey\u200B'],
    ['x \u{1D400}\u{1D40A} y \u0410KI\u0410'],
    ['café \uFF21\u2013\u00A0end\u2028'],
    ['a\uD800b\uDC00\u200Bc'],
    ['\u200B\u0410KI\u0410 '.repeat(50)],
    // Dense folds over more than one buffer chunk (4,096 characters), short and long runs between.
    ['\u200B\u0410KI\u0410 '.repeat(1_500)],
    [`${'\u0410b'.repeat(3_000)}${'x'.repeat(40)}\u0410${'\u00e9\u200B'.repeat(2_100)}${'y'.repeat(31)}\u0410`],
    // Long ASCII stretches between folds: the loop hops over them with a regex.
    [`${'x'.repeat(100)}\u200B${'y'.repeat(40)}\u0410${'z'.repeat(33)}\u{1D400}${'w'.repeat(64)}\u2019end`],
    [`${'a'.repeat(70)}é${'b'.repeat(70)}`],
    // Only Latin-1 characters (a one-byte string in V8): the folds are U+00A0 and U+00AD alone.
    [`é${'a'.repeat(40)}\u00ADb\u00A0${'c'.repeat(40)}\u00A0`],
    // A fold before the first wide character, and none after it.
    [`${'a'.repeat(50)}\u00A0${'b'.repeat(50)}\u2603${'c'.repeat(50)}`],
  ])('%j maps every index like the dense reference', (input) => {
    const view = normalizeForMatching(input);
    const ref = referenceMap(input);
    expect(view.text).toBe(ref.text);
    expect(Array.from({ length: view.text.length + 1 }, (_, n) => toOriginalIndex(view, n))).toEqual(ref.map);
    // No fold at all (an accent is not folded): no fold record, indexes are the identity.
    if (view.folds === null) expect(ref.map).toEqual(ref.map.map((_, n) => n));
    for (let offset = 0; offset <= input.length; offset++) {
      const n = toNormalizedIndex(view, offset);
      expect(ref.map[n]).toBeGreaterThanOrEqual(offset);
      if (n > 0) expect(ref.map[n - 1]).toBeLessThan(offset);
    }
  });

  test('a text keeps its own fold record when later texts reuse the scratch, past its kept size too', () => {
    // 70,000 folds outgrow the kept scratch (65,536 entries), which is then dropped for a fresh one.
    const texts = ['\u200B\u0410b'.repeat(35_000), 'x\u0410KI\u0410', '\u00A0'.repeat(300), 'y\u200B\u0410'];
    const views = texts.map(normalizeForMatching);
    texts.forEach((input, t) => {
      const ref = referenceMap(input);
      expect(views[t]!.text).toBe(ref.text);
      const step = input.length > 1_000 ? 97 : 1;
      for (let n = 0; n <= ref.text.length; n += step) expect(toOriginalIndex(views[t]!, n)).toBe(ref.map[n]);
    });
  });

  test('ASCII text carries no map at all', () => {
    const view = normalizeForMatching('plain text, AKIA1234');
    expect(view.folds).toBeNull();
    expect(toOriginalIndex(view, 5)).toBe(5);
  });

  test('the fold table folds nothing below U+0080, and below U+0100 only the narrow folds', () => {
    expect([...FOLD_TABLE.keys()].filter((cp) => cp < 0x80)).toEqual([]);
    expect([...FOLD_TABLE.keys()].filter((cp) => cp <= 0xff).sort((a, b) => a - b)).toEqual([...NARROW_FOLDS].map((c) => c.charCodeAt(0)));
    expect(normalizeForMatching('tab\tnul\u0000del\u007f').folds).toBeNull();
  });

  test('every replacement is at most one character (the fold loop stores one code and a length)', () => {
    expect([...FOLD_TABLE.values()].filter((r) => r.length > 1)).toEqual([]);
  });

  test.each([
    ['a dense mix of removals and replacements over several loop spans', '\u200B\u0410KI\u0410 '.repeat(3_000)],
    ['long unchanged runs between folds', `${'x'.repeat(40)}\u0410${'é'.repeat(40)}\u00a0${'中'.repeat(5)}a${'中'.repeat(40)}\u0410`],
    ['astral folds, unchanged pairs and lone surrogates', 'ab\ud835\udc02\ud83d\ude00\ud835x\udc00\u0410\ud835'],
  ])('folds %s character by character', (_name, text) => {
    const view = normalizeForMatching(text);
    let expected = '';
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      expected += FOLD_TABLE.get(cp) ?? text.slice(i, i + width);
      i += width;
    }
    expect(view.text).toBe(expected);
  });

  test.each([
    ['Latin-1 letters only', `caf\u00e9 na\u00efve ${'x'.repeat(100)} \u00ff`],
    ['a wide character that is not folded', `${'x'.repeat(100)}\u2603 \u00e9`],
  ])('%s: nothing folded, no fold record', (_name, input) => {
    const view = normalizeForMatching(input);
    expect(view.folds).toBeNull();
    expect(view.text).toBe(input);
  });
});

/**
 * When the folds leave nothing above U+00FF, the unchanged runs of a two-byte original are copied
 * to one byte through UTF-8 (normalize.ts, joinPieces). The copy must be exact: Latin-1 letters
 * kept, long runs cut into pieces and joined back, and never applied to a text that keeps a wide
 * character or a lone surrogate, which UTF-8 would turn into U+FFFD.
 */
describe('one-byte copies of unchanged runs', () => {
  test.each([
    ['Latin-1 runs over several copy pieces', `\u0410${`caf\u00e9 ${'x'.repeat(60)}\u00ff`.repeat(1_200)}\u2019end`],
    ['a fold, then a kept lone surrogate deep in a long run', `\u2019${'x'.repeat(40_000)}\ud800${'y'.repeat(40)}`],
    ['a kept wide character after 20,000 ASCII characters', `\u200B${'a'.repeat(20_000)}\u4e2d${'b'.repeat(50)}\u0410`],
    ['a kept pair of surrogates in a long run', `\u2013${'z'.repeat(100)}\ud83d\ude00${'z'.repeat(100)}`],
  ])('%s', (_name, input) => {
    expect(normalizeForMatching(input).text).toBe(referenceMap(input).text);
  });

  test('2,000 random texts of long and short runs fold like the reference', () => {
    const rand = mulberry32(20261128);
    const units = ['a', ' ', 'Z', '\u00e9', '\u00a0', '\u2019', '\u200b', '\u0410', '\u4e2d', '\ud800', '\udc00', '\u{1d400}', '\u{1f600}'];
    for (let t = 0; t < 2_000; t++) {
      let input = '';
      const runs = 1 + Math.floor(rand() * 6);
      for (let r = 0; r < runs; r++) {
        // Mostly ASCII, with the rarer units few enough that many texts keep none of them.
        const unit = rand() < 0.6 ? units[Math.floor(rand() * 3)]! : units[Math.floor(rand() * units.length)]!;
        input += unit.repeat(rand() < 0.3 ? 1 + Math.floor(rand() * 20_000) : 1 + Math.floor(rand() * 40));
      }
      expect(normalizeForMatching(input).text).toBe(referenceMap(input).text);
    }
  });
});
