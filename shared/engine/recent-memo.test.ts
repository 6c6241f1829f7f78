import { expect, test } from 'vitest';
import { recentMemo } from './recent-memo';

test('computes once per key while it is among the last `size` keys used', () => {
  const remember = recentMemo<string>(2);
  const calls: string[] = [];
  const get = (key: string) => remember(key, () => (calls.push(key), key.toUpperCase()));
  expect(get('a')).toBe('A');
  get('b');
  get('a'); // a hit moves `a` to the front, so `b` is the oldest
  get('c'); // evicts `b`
  get('a');
  get('b');
  expect(calls).toEqual(['a', 'b', 'c', 'b']);
});
