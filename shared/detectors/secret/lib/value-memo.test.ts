import { describe, expect, test } from 'vitest';
import { placeholderReason } from './placeholder';
import { memoByValue, VALUE_MEMO_SIZE } from './value-memo';

/** A pure function that counts its calls, for checking what the memo saves and what it must not. */
function counted(): { readonly fn: (value: string) => string; calls: () => number } {
  let n = 0;
  return {
    fn: (value) => {
      n++;
      return `${value.length}:${value.split('').reverse().join('')}`;
    },
    calls: () => n,
  };
}

describe('memoByValue', () => {
  test('a repeated value is judged once', () => {
    const c = counted();
    const memo = memoByValue(c.fn);
    // Fresh string objects, as `text.slice` hands the rules one per occurrence.
    for (let i = 0; i < 1_000; i++) expect(memo(`sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'.slice(0)}`)).toBe(c.fn('sk_live_4eC39HqLyjWDarjtT1zdp7dc'));
    expect(c.calls()).toBe(1 + 1_000);
  });

  test.each([
    ['alternating tokens within the memo size', ['aaaa', 'bbbb', 'aaaa', 'bbbb', 'aaaa'], 2],
    ['as many distinct values as the memo holds', ['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd'], VALUE_MEMO_SIZE],
    ['one more distinct value than it holds (each evicted before its turn)', ['a', 'b', 'c', 'd', 'e', 'a', 'b'], 7],
  ])('%s', (_name, values, expectedCalls) => {
    const c = counted();
    const memo = memoByValue(c.fn);
    const reference = counted();
    for (const v of values) expect(memo(v)).toBe(reference.fn(v));
    expect(c.calls()).toBe(expectedCalls);
  });

  test('never answers for a different value of the same length', () => {
    const memo = memoByValue((v: string) => v);
    const values = ['abcd', 'abce', 'abcd', 'xbcd', 'abcd'];
    expect(values.map(memo)).toEqual(values);
  });

  test('memoised verdicts equal fresh ones (placeholder check)', () => {
    const values = ['AKIAIOSFODNN7EXAMPLE', 'xK9#mQ2$vL5@', 'aaaaaaaaaaaaaaaa', 'AKIAIOSFODNN7EXAMPLE', 'xK9#mQ2$vL5@'];
    expect(values.map((v) => placeholderReason(v))).toEqual([
      expect.stringContaining('example'),
      null,
      expect.stringContaining('repeated character'),
      expect.stringContaining('example'),
      null,
    ]);
  });
});
