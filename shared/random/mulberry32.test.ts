import { expect, test } from 'vitest';
import { mulberry32 } from './mulberry32';

test('is deterministic per seed and stays in [0, 1)', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const xs = Array.from({ length: 1000 }, () => a());
  expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
  expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  expect(mulberry32(43)()).not.toBe(xs[0]);
});
