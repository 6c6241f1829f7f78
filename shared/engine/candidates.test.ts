import { expect, test } from 'vitest';
import { markCapped } from './candidates';

test('markCapped flags the same list without changing its items or equality', () => {
  const list = [{ start: 0, end: 3, rule: 'r', confidence: 0.5 }];
  const marked = markCapped(list);
  expect(marked).toBe(list);
  expect(marked.capped).toBe(true);
  expect(marked).toEqual([{ start: 0, end: 3, rule: 'r', confidence: 0.5 }]);
  expect(Object.keys(marked)).toEqual(['0']);
});
