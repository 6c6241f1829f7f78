import { describe, expect, test } from 'vitest';
import { buildKeywordIndex, findKeywords } from './keywords';

/** The one-pass prefilter must answer exactly what `includes` answers, keyword by keyword. */
const KEYWORDS = ['passport', 'pass', 'dl', 'née', 'né', '©', '@', '.', 'führerschein', '여권', 'y/o', 'is ', 'ssn', 'sn'];

describe('findKeywords', () => {
  test.each([
    ['', []],
    ['a', []],
    ['my passport no. is x', ['passport', 'pass', '.', 'is ']],
    ['née smith ©2024 a@b', ['née', 'né', '©', '@']],
    ['führerschein 여권', ['führerschein', '여권']],
    ['ssn', ['ssn', 'sn']],
    ['54 y/o', ['y/o']],
    ['ends with dl', ['dl']],
  ])('%j', (text, expected) => {
    const index = buildKeywordIndex(KEYWORDS);
    const found = findKeywords(index, text);
    expect(index.keywords.filter((_, n) => found[n] === 1).sort()).toEqual([...expected].sort());
    expect(index.keywords.filter((k) => text.includes(k)).sort()).toEqual([...expected].sort());
  });

  test('duplicates and empty keywords are dropped', () => {
    expect(buildKeywordIndex(['a', 'a', '', 'bc']).keywords).toEqual(['a', 'bc']);
  });
});
