import { describe, expect, it } from 'vitest';
import { median, pairedSample, quantile } from './stats';

describe('pairedSample', () => {
  it('warms each function once, then alternates them run by run', () => {
    const calls: string[] = [];
    const { a, b } = pairedSample(() => calls.push('a'), () => calls.push('b'), 3);
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(3);
    for (const s of [...a, ...b]) {
      expect(s.wall).toBeGreaterThanOrEqual(0);
      expect(s.cpu).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('quantile', () => {
  it('reads the sorted position, whatever the input order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(quantile([4, 1, 3, 2], 0.99)).toBe(4);
    expect(quantile([], 0.5)).toBe(0);
  });
});
