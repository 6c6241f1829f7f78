/**
 * Every secret detector's own vectors, run through `detect` with the engine's keyword prefilter,
 * plus registry invariants. The engine's meta-test repeats the vector check through `scan`.
 */
import { describe, expect, test } from 'vitest';
import type { Candidate, Detector, DetectorInput } from '../../engine/types';
import { secretDetectors } from './index';

const detectors = Object.entries(secretDetectors) as [string, Detector][];

function run(d: Detector, text: string): readonly Candidate[] {
  const lower = text.toLowerCase();
  if (d.keywords && !d.keywords.some((k) => lower.includes(k))) return [];
  return d.detect({ text, lower, options: {} } as unknown as DetectorInput);
}

const positives = detectors.flatMap(([id, d]) => d.vectors.positive.map((v) => [id, v.match ?? v.text, v.text, d] as const));
const negatives = detectors.flatMap(([id, d]) => d.vectors.negative.map((text) => [id, text, d] as const));

describe('secret detectors', () => {
  test.each(detectors)('%s is well-formed', (id, d) => {
    expect(d.id).toBe(id);
    expect(id).toMatch(/^secret\.[a-z0-9_]+$/);
    expect(d.category).toBe('secret');
    expect(d.description.length).toBeGreaterThan(10);
    expect(d.validation.length).toBeGreaterThan(10);
    expect(d.vectors.positive.length).toBeGreaterThan(0);
    expect(d.vectors.negative.length).toBeGreaterThan(0);
    for (const k of d.keywords ?? []) expect(k).toBe(k.toLowerCase());
  });

  test.each(positives)('%s finds %j', (_id, match, text, d) => {
    const spans = run(d, text).map((c) => text.slice(c.start, c.end));
    expect(spans).toContain(match);
  });

  test.each(negatives)('%s ignores %j', (_id, text, d) => {
    expect(run(d, text)).toEqual([]);
  });

  test('covers at least 60 providers', () => {
    expect(detectors.length).toBeGreaterThanOrEqual(60);
  });
});
