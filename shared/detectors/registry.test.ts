import { describe, expect, test } from 'vitest';
import type { Detector, DetectorVectors, DetectorVectorSet } from '../engine/types';
import { CATEGORIES } from '../engine/types';
import { createScanner } from '../engine/scanner';
import { registry } from './registry';
import { fastRegistry } from './fast-registry';
import { detectorVectors } from './vectors';

/**
 * The meta-test: every registered detector is self-describing and proves itself on its own vectors
 * through the real engine (normalisation, offset mapping, overlap resolution), gitleaks-style.
 */
const scan = createScanner(registry);
const detectors = Object.entries(registry) as Array<[string, Detector]>;
const NONE: DetectorVectors = { positive: [], negative: [] };
const vectorsOf = (id: string): DetectorVectors => detectorVectors[id] ?? NONE;
const positives = detectors.flatMap(([id, d]) => vectorsOf(id).positive.map((v, i) => [id, i, v, d] as const));
const negatives = detectors.flatMap(([id, d]) => vectorsOf(id).negative.map((text, i) => [id, i, text, d] as const));

const only = (d: Detector) => ({ ...vectorsOf(d.id).options, enabledDetectors: [d.id] });

describe('registry', () => {
  test.each(detectors)('%s is well-formed', (key, detector) => {
    expect(detector.id).toBe(key);
    expect(detector.id).toMatch(/^[a-z]+\.[a-z0-9]+(?:_[a-z0-9]+)*$/);
    expect(CATEGORIES).toContain(detector.category);
    expect(detector.id.split('.')[0]).toBe(detector.category);
    expect(detector.description.length).toBeGreaterThan(10);
    expect(detector.validation.length).toBeGreaterThan(3);
    expect(detectorVectors[key], 'needs a sibling *.vectors.ts listed in vectors.ts').toBeDefined();
    expect(vectorsOf(key).positive.length).toBeGreaterThanOrEqual(1);
    expect(vectorsOf(key).negative.length).toBeGreaterThanOrEqual(1);
    for (const k of detector.keywords ?? []) expect(k).toBe(k.toLowerCase());
  });

  test.each(positives)('%s positive #%i finds its match', (id, _i, vector, detector) => {
    const { findings } = scan(vector.text, only(detector));
    const start = vector.match === undefined ? 0 : vector.text.indexOf(vector.match);
    const end = vector.match === undefined ? vector.text.length : start + vector.match.length;
    expect(start, 'match must occur in text').toBeGreaterThanOrEqual(0);
    const spans = findings.filter((f) => f.type === id).map((f) => ({ start: f.start, end: f.end, severity: f.severity }));
    expect(spans).toContainEqual({ start, end, severity: vector.severity ?? expect.any(String) });
  });

  test.each(negatives)('%s negative #%i finds nothing', (id, _i, text, detector) => {
    const { findings } = scan(text, only(detector));
    expect(findings.filter((f) => f.type === id)).toEqual([]);
  });

  test('every vectors id belongs to a registry detector', () => {
    const unknown = Object.keys(detectorVectors).filter((id) => !(id in registry));
    expect(unknown).toEqual([]);
  });

  test('vectors.ts lists every *.vectors.ts file on disk', () => {
    const files = import.meta.glob<DetectorVectorSet>('./**/*.vectors.ts', { import: 'vectors', eager: true });
    const onDisk = Object.entries(files).flatMap(([file, set]) => Object.entries(set).map(([id, v]) => [file, id, v] as const));
    expect(Object.keys(files).length).toBeGreaterThan(0);
    for (const [file, id, v] of onDisk) expect(detectorVectors[id], `${file}: ${id}`).toBe(v);
    expect(onDisk.length).toBe(Object.keys(detectorVectors).length);
  });

  test('fast tier is a subset of the registry', () => {
    for (const [id, detector] of Object.entries(fastRegistry)) {
      expect(Object.keys(registry)).toContain(id);
      expect(detector.id).toBe(id);
    }
  });
});

const START = './fast-registry.ts';

describe('fast tier', () => {
  // The content script imports fast-registry.ts; NLP, phone parsing and model weights must stay out.
  test('pulls in no heavy dependency', () => {
    const sources = import.meta.glob(['../**/*.ts', '!../**/*.test.ts'], { query: '?raw', import: 'default', eager: true });
    const forbidden = /from '(?:compromise|libphonenumber-js[^']*)'|intent-model\/weights/;
    const reachable = new Set<string>();
    const visit = (path: string): void => {
      if (reachable.has(path) || sources[path] === undefined) return;
      reachable.add(path);
      const source = String(sources[path]);
      for (const m of source.matchAll(/from '(\.[^']+)'/g)) {
        visit(resolve(path, m[1]!));
        visit(resolve(path, `${m[1]!}/index`));
      }
    };
    visit(START);
    const offenders = [...reachable].filter((p) => forbidden.test(String(sources[p])));
    expect(offenders).toEqual([]);
  });
});

/**
 * Resolves a relative import to a glob key. Vite writes keys relative to this folder: files under
 * it as `./pii/fast.ts`, others as `../engine/types.ts`.
 */
function resolve(from: string, specifier: string): string {
  const fromShared = from.startsWith('./') ? ['detectors', ...from.slice(2).split('/')] : from.slice(3).split('/');
  const parts = fromShared.slice(0, -1);
  for (const seg of specifier.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  const path = parts.join('/');
  const file = path.endsWith('.ts') ? path : `${path}.ts`;
  return file.startsWith('detectors/') ? `./${file.slice('detectors/'.length)}` : `../${file}`;
}
