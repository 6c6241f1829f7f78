import { describe, expect, test } from 'vitest';
import { buildMarkerIndex, findMarkers, markerHits } from './marker-scan';

const MARKERS = ['def ', 'self.', '=>', '->', 'None', 'end\n', '\nfi', 'const ', 'cout'];
const index = buildMarkerIndex([...MARKERS, 'def ']);
/** One for every scan, as languages.ts keeps one: each scan must forget the markers of the last. */
const hits = markerHits(index);

/** The markers found in `[start, end)` of `text`, by name. */
function found(text: string, start = 0, end = text.length): string[] {
  findMarkers(index, text, text.toLowerCase(), start, end, hits);
  return Array.from(hits.list.subarray(0, hits.count), (n) => index.markers[n]!);
}

describe('marker scan', () => {
  test.each([
    ['def f(self):\n    return self.x', ['def ', 'self.']],
    ['const f = (a) => a->b', ['=>', '->', 'const ']],
    ['if x\nfi\nend\n', ['end\n', '\nfi']],
    ['none of these: Def, const_, None', ['None']],
    ['cou t', []],
    ['', []],
  ])('%j holds %j', (text, expected) => {
    expect(found(text).sort()).toEqual([...expected].sort());
  });

  test('reads only the given range: a marker must lie wholly inside it', () => {
    const text = 'xx def self.y => z';
    expect(found(text, 4, 12)).toEqual(['self.']);
    expect(found(text, 3, 11)).toEqual(['def ']);
    expect(found(text, 3, 12).sort()).toEqual(['def ', 'self.']);
  });

  test('agrees with includes on every range of a mixed text', () => {
    const text = 'def a():\n    return None\nend\nfi\nconst x = y => y->z; cout << x';
    for (let start = 0; start < text.length; start += 3) {
      for (let end = start; end <= text.length; end += 5) {
        const slice = text.slice(start, end);
        expect(found(text, start, end).sort()).toEqual(index.markers.filter((m) => slice.includes(m)).sort());
      }
    }
  });

  // The walk reads the lower-cased copy, the comparison the text: markers stay case-sensitive, a
  // character that lower-cases to ASCII (the Kelvin sign to `k`) matches nothing, and a text
  // whose lower-cased copy is longer (U+0130) is still read correctly.
  test.each([
    ['DEF f(SELF.x) NONE None CONST Const const ', ['None', 'const ']],
    ['\u212Aelvin cou\u212At cout', ['cout']],
    ['\u0130\u0130 def x => None', ['def ', '=>', 'None']],
  ])('%j holds %j, case-sensitively', (text, expected) => {
    expect(found(text).sort()).toEqual([...expected].sort());
  });

  test('refuses a marker it cannot index', () => {
    expect(() => buildMarkerIndex(['x'])).toThrow();
    expect(() => buildMarkerIndex(['©©'])).toThrow();
  });
});
