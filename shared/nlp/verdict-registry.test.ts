import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { registry } from '../detectors/registry';
import { ENTITY_TYPES } from './types';
import { verdictRegistry } from './verdict-registry';

/**
 * The service worker's engine must not reach compromise (issue #4/#5 bundle budget). This walks
 * the real import graph of the source files, like detectors/pii/fast-imports.test.ts does for the
 * content script, from the worker's wiring down.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)(?!\s+type\b)[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function chainTo(entry: string, pkg: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (spec === pkg || spec.startsWith(`${pkg}/`)) return [...chain, spec];
      if (!spec.startsWith('.')) continue;
      const base = resolve(dirname(file), spec);
      const next = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((p) => /\.tsx?$/.test(p) && existsSync(p));
      const found = next && walk(next, [...chain, next.slice(root.length + 1)]);
      if (found) return found;
    }
    return null;
  };
  return walk(join(root, entry), [entry]);
}

describe('verdict registry', () => {
  test('is the registry without the three entity detectors', () => {
    const expected = Object.keys(registry).filter((id) => !(ENTITY_TYPES as readonly string[]).includes(id));
    expect(Object.keys(verdictRegistry).sort()).toEqual(expected.sort());
    for (const [id, d] of Object.entries(verdictRegistry)) expect(d).toBe(registry[id as keyof typeof registry]);
  });

  test.each([
    ['extension/entrypoints/nlp-worker/index.ts', true], // the walk can find it (the check can fail)
    ['extension/lib/background/start.ts', false],
    ['shared/nlp/verdict-registry.ts', false],
    ['shared/nlp/enrich.ts', false],
    ['extension/entrypoints/offscreen/main.ts', false],
    ['extension/entrypoints/chatgpt.content.ts', false],
  ])('%s reaches compromise: %s', (entry, reaches) => {
    expect(chainTo(entry, 'compromise') !== null, JSON.stringify(chainTo(entry, 'compromise'))).toBe(reaches);
  });
});
