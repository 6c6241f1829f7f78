/**
 * Every secret detector's own vectors, run through `detect` with the engine's keyword prefilter,
 * plus registry invariants. The engine's meta-test repeats the vector check through `scan`.
 */
import { describe, expect, test } from 'vitest';
import type { Candidate, Detector, DetectorInput, DetectorVectors } from '../../engine/types';
import { detectorVectors } from '../vectors';
import { secretDetectors, secretRules as standalone } from './index';

const detectors = Object.entries(secretDetectors) as [string, Detector][];

function run(d: Detector, text: string): readonly Candidate[] {
  const lower = text.toLowerCase();
  if (d.keywords && !d.keywords.some((k) => lower.includes(k))) return [];
  return d.detect({ text, lower, options: {} } as unknown as DetectorInput);
}

const vectorsOf = (id: string): DetectorVectors => detectorVectors[id] ?? { positive: [], negative: [] };
const positives = detectors.flatMap(([id, d]) => vectorsOf(id).positive.map((v) => [id, v.match ?? v.text, v.text, d, v.severity] as const));
const negatives = detectors.flatMap(([id, d]) => vectorsOf(id).negative.map((text) => [id, text, d] as const));

describe('secret detectors', () => {
  test.each(detectors)('%s is well-formed', (id, d) => {
    expect(d.id).toBe(id);
    expect(id).toMatch(/^secret\.[a-z0-9_]+$/);
    expect(d.category).toBe('secret');
    expect(d.description.length).toBeGreaterThan(10);
    expect(d.validation.length).toBeGreaterThan(10);
    expect(vectorsOf(id).positive.length).toBeGreaterThan(0);
    expect(vectorsOf(id).negative.length).toBeGreaterThan(0);
    for (const k of d.keywords ?? []) expect(k).toBe(k.toLowerCase());
  });

  test.each(positives)('%s finds %j', (_id, match, text, d, severity) => {
    const found = run(d, text).find((c) => text.slice(c.start, c.end) === match);
    expect(found).toBeDefined();
    if (severity) expect(found?.severity ?? d.severity).toBe(severity);
  });

  test.each(negatives)('%s ignores %j', (_id, text, d) => {
    expect(run(d, text)).toEqual([]);
  });

  // The registry's detectors share one sweep; each rule file's own detector sweeps alone.
  test.each(positives)('%s finds %j the same through the shared sweep and alone', (id, _match, text) => {
    const lower = text.toLowerCase();
    const input = { text, lower, options: {} } as unknown as DetectorInput;
    const alone = standalone[id as keyof typeof standalone];
    expect(secretDetectors[id as keyof typeof secretDetectors].detect(input)).toEqual(alone.detect(input));
  });

  test('covers at least 60 providers', () => {
    expect(detectors.length).toBeGreaterThanOrEqual(60);
  });
});
