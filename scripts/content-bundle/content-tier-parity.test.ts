import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAIL_CLOSED_SEVERITIES } from '../../shared/detectors/content-tier';
import { fastRegistry } from '../../shared/detectors/fast-registry';
import { detectorVectors } from '../../shared/detectors/vectors';
import { createScanner, type Scan } from '../../shared/engine/scanner';
import type { Finding } from '../../shared/engine/types';
import { CONTENT_BUNDLE_ESBUILD_OPTIONS, CONTENT_DEFINE, contentBuildEsbuildPlugins, finishContentBundle } from './content-build';
import { contentTierIds } from './generate-content-registry';

/**
 * The content tier as the content script ships it (bundled through the content build's transforms:
 * stripped doc strings, compacted data, shortened internal property names, hoisted strings) must decide fail-closed exactly as the worker's fast tier
 * would on the same text. Inputs: every vector of every detector in the registry, so a rule's
 * positives and the near misses written against it are all tried.
 */
const SCAN_CONTENT = join(import.meta.dirname, '../../shared/engine/scan-content.ts');
/** What the tier must hold, derived from the detectors' severities (not read from the tier itself). */
const contentIds = contentTierIds();
const texts = [...new Set(Object.values(detectorVectors).flatMap((v) => [...v.positive.map((p) => p.text), ...v.negative]))];

const failClosed = (findings: readonly Finding[]): string[] =>
  findings.filter((f) => FAIL_CLOSED_SEVERITIES.includes(f.severity)).map((f) => `${f.type} ${f.severity} ${f.start}-${f.end}`).sort();

let dir = '';
let shipped: Scan;
const fast = createScanner(fastRegistry);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sightline-content-tier-'));
  const result = await build({
    entryPoints: [SCAN_CONTENT],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: CONTENT_DEFINE,
    plugins: contentBuildEsbuildPlugins(),
    ...CONTENT_BUNDLE_ESBUILD_OPTIONS,
  });
  const file = join(dir, 'scan-content.mjs');
  writeFileSync(file, await finishContentBundle(result.outputFiles[0]!.text));
  shipped = ((await import(pathToFileURL(file).href)) as { scanContent: Scan }).scanContent;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shipped content tier', () => {
  test('there are vectors to compare on', () => {
    expect(texts.length).toBeGreaterThan(500);
  });

  test('reports the same fail-closed findings as the fast tier with the same detectors', () => {
    const differ = texts.filter((t) => failClosed(shipped(t).findings).join() !== failClosed(fast(t, { enabledDetectors: contentIds }).findings).join());
    expect(differ).toEqual([]);
  });

  // The whole fast tier can report a secret over a wider span than the content tier: a URL or
  // e-mail found by a PII detector the page does not carry widens the secret that overlaps it
  // (overlap.ts). The page still finds that secret, inside the span, with the same severity.
  test('finds every fail-closed finding the whole fast tier finds, bar the excluded detectors', () => {
    const missed = texts.flatMap((t) => {
      const found = shipped(t).findings.filter((f) => FAIL_CLOSED_SEVERITIES.includes(f.severity));
      const within = (f: Finding) => found.some((g) => g.type === f.type && g.severity === f.severity && g.start >= f.start && g.end <= f.end);
      return fast(t)
        .findings.filter((f) => contentIds.includes(f.type) && FAIL_CLOSED_SEVERITIES.includes(f.severity) && !within(f))
        .map((f) => `${f.type} ${f.severity} ${f.start}-${f.end} in ${JSON.stringify(t.slice(0, 80))}`);
    });
    expect(missed).toEqual([]);
  });
});
