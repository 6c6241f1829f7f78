import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../shared/random/mulberry32';
import { encodeInt8, quantize, trainLogistic } from './logistic';

describe('logistic trainer', () => {
  const docs = [new Int32Array([1, 2]), new Int32Array([3, 4]), new Int32Array([1, 5]), new Int32Array([3, 6])];
  const labels = [1, 0, 1, 0];
  const opts = { bits: 4, epochs: 10, learningRate: 0.5, l2: 1e-5, seed: 7 };

  test('is deterministic bit for bit', () => {
    const a = trainLogistic(docs, labels, opts);
    const b = trainLogistic(docs, labels, opts);
    expect(encodeInt8(quantize(a.weights).q)).toBe(encodeInt8(quantize(b.weights).q));
    expect(a.bias).toBe(b.bias);
  });

  test('learns the separating feature', () => {
    const { weights } = trainLogistic(docs, labels, opts);
    expect(weights[1]).toBeGreaterThan(0);
    expect(weights[3]).toBeLessThan(0);
  });

  test('mulberry32 is seeded, not random', () => {
    expect([mulberry32(1)(), mulberry32(1)()]).toEqual([mulberry32(1)(), mulberry32(1)()]);
  });

  test.each([
    [[0.5, -1, 0.25], [64, -127, 32]],
    [[0, 0, 0], [0, 0, 0]],
  ])('quantize(%j) → %j', (w, q) => expect([...quantize(Float64Array.from(w)).q]).toEqual(q));
});
