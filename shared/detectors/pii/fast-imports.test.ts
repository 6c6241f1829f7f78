import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/**
 * The content-script tier must not pull in the heavy libraries (bundle budget 80 KB): this walks
 * the real import graph of the source files from `fast.ts`, so a transitive import through any
 * helper fails here, not in a bundle-size report weeks later.
 */
const HEAVY = ['libphonenumber-js', 'compromise'];
const here = dirname(fileURLToPath(import.meta.url));
/** `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`; type-only imports are erased. */
const IMPORT = /(?:^|\n)\s*(?:import|export)(?!\s+type\b)[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((p) => p.endsWith('.ts') && existsSync(p));
}

/** Every bare (package) specifier reachable from `entry`, and the file chain that reached it. */
function packagesReachable(entry: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next) walk(next, [...chain, next]);
      } else if (!found.has(spec)) found.set(spec, chain);
    }
  };
  walk(entry, [entry]);
  return found;
}

describe('content-script tier imports', () => {
  test.each([
    ["import { a } from './a';", ['./a']],
    ["import type { T } from 'compromise';", []],
    ["export { x } from '../x';\nimport 'side-effect';", ['../x', 'side-effect']],
    ["const m = await import('libphonenumber-js/max');", ['libphonenumber-js/max']],
  ])('parses %j', (source, expected) => {
    expect(importsOf(source)).toEqual(expected);
  });

  test('the walker sees a heavy import reached through a helper (the check can fail)', () => {
    const reached = packagesReachable(join(here, 'index.ts'));
    expect([...reached.keys()].some((p) => p.startsWith('libphonenumber-js'))).toBe(true);
    expect([...reached.keys()].some((p) => p.startsWith('compromise'))).toBe(true);
  });

  test.each(HEAVY)('fast.ts does not transitively import %s', (pkg) => {
    const reached = packagesReachable(join(here, 'fast.ts'));
    const hits = [...reached].filter(([spec]) => spec === pkg || spec.startsWith(`${pkg}/`));
    expect(hits.map(([spec, chain]) => `${spec} via ${chain.join(' → ')}`)).toEqual([]);
  });
});
