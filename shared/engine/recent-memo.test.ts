import { describe, expect, test } from 'vitest';
import { memoByValue, RECENT_VALUES, recentMemo } from './recent-memo';

describe('recentMemo', () => {
  test('computes once per key while it is among the last `size` keys used', () => {
    const remember = recentMemo<string>(2);
    const calls: string[] = [];
    const get = (key: string) => remember(key, (k) => (calls.push(k), k.toUpperCase()));
    expect(get('a')).toBe('A');
    get('b');
    get('a'); // a hit moves `a` to the front, so `b` is the oldest
    get('c'); // evicts `b`
    get('a');
    get('b');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

});

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
    ['as many distinct values as the memo holds', ['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd'], RECENT_VALUES],
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
});
