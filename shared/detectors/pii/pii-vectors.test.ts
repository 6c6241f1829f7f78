import { describe, expect, test } from 'vitest';
import type { Candidate, Detector, DetectorInput, DetectorVectors, ResolvedScanOptions } from '../../engine/types';
import { detectorVectors } from '../vectors';
import { piiFastDetectors } from './fast';
import { piiDetectors } from './index';

/** Runs one detector the way the engine does: keyword prefilter, then `detect`. */
export function run(d: Detector, text: string): readonly Candidate[] {
  const input: DetectorInput = { text, lower: text.toLowerCase(), options: {} as ResolvedScanOptions };
  if (d.keywords && !d.keywords.some((k) => input.lower.includes(k))) return [];
  return d.detect(input);
}

const detectors = Object.values(piiDetectors) as Detector[];
const vectorsOf = (id: string): DetectorVectors => detectorVectors[id] ?? { positive: [], negative: [] };
const positives = detectors.flatMap((d) => vectorsOf(d.id).positive.map((v) => [d.id, v.match ?? v.text, v.severity ?? null, d, v.text] as const));
const negatives = detectors.flatMap((d) => vectorsOf(d.id).negative.map((t) => [d.id, t, d] as const));

describe('pii detector vectors', () => {
  test.each(detectors.map((d) => [d.id, d] as const))('%s is well-formed', (id, d) => {
    expect(d.id).toMatch(/^pii\.[a-z0-9_]+$/);
    expect(d.category).toBe('pii');
    expect(d.description.length).toBeGreaterThan(10);
    expect(vectorsOf(id).positive.length).toBeGreaterThan(0);
    expect(vectorsOf(id).negative.length).toBeGreaterThan(0);
    expect((piiDetectors as Record<string, Detector>)[id]).toBe(d);
  });

  test.each(positives)('%s finds %j', (_id, match, severity, d, text) => {
    const hits = run(d, text).map((c) => ({ span: text.slice(c.start, c.end), severity: c.severity ?? d.severity }));
    expect(hits.map((h) => h.span)).toContain(match);
    if (severity) expect(hits.find((h) => h.span === match)?.severity).toBe(severity);
  });

  test.each(negatives)('%s ignores %j', (_id, text, d) => {
    expect(run(d, text)).toEqual([]);
  });

  test('the fast tier is a subset of the registry', () => {
    for (const [id, d] of Object.entries(piiFastDetectors)) expect((piiDetectors as Record<string, Detector>)[id]).toBe(d);
  });
});
