import { describe, expect, test } from 'vitest';
import { compactRegexBody, compactRegexLiterals } from './compact-regex';

describe('compactRegexBody', () => {
  test.each([
    ['x(?![A-Za-z0-9_])', 'x(?!\\w)'],
    ['[^A-Za-z0-9_]', '\\W'],
    ['[A-Za-z0-9_\\-+/=]{8}', '[\\w\\-+/=]{8}'],
    // Outside a class, next to a range dash, or escaped: unchanged.
    ['A-Za-z0-9_', 'A-Za-z0-9_'],
    ['[+-A-Za-z0-9_]', '[+-A-Za-z0-9_]'],
    ['[A-Za-z0-9_-z]', '[A-Za-z0-9_-z]'],
    ['\\[A-Za-z0-9_]', '\\[A-Za-z0-9_]'],
    // `[` inside a class is a literal: `[a[A-Za-z0-9_]` is one class of `a`, `[` and word characters.
    ['[a[A-Za-z0-9_]', '[a[\\w]'],
  ])('%s', (body, expected) => {
    expect(compactRegexBody(body)).toBe(expected);
  });

  test.each(['a_B9', 'ſ', '\u212a', 'é', '-', ' '])('matches %j exactly as before', (s) => {
    for (const flags of ['', 'i', 'gi']) {
      const before = new RegExp('^[A-Za-z0-9_]$', flags);
      const after = new RegExp(`^${compactRegexBody('[A-Za-z0-9_]')}$`, flags);
      expect(after.test(s)).toBe(before.test(s));
    }
  });
});

describe('compactRegexLiterals', () => {
  test.each([
    ['const r = /k_[A-Za-z0-9_]{4}/gi;', 'const r = /k_\\w{4}/gi;'],
    ['const r = /k_[A-Za-z0-9_]{4}/giu;', 'const r = /k_[A-Za-z0-9_]{4}/giu;'],
    ["const s = '[A-Za-z0-9_]';", "const s = '[A-Za-z0-9_]';"],
  ])('%s', (source, expected) => {
    expect(compactRegexLiterals(source, 'x.ts')).toBe(expected);
  });
});
