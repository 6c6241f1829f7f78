import { describe, expect, test } from 'vitest';
import { KNOWN_SITES, matchPatterns, type SiteId } from '../../../shared/sites/known-sites';
import { ADAPTERS } from './all-sites';

// Vite's glob import, not node:fs: extension/ code (tests included) stays browser-only.
const sources = import.meta.glob<string>(['./*.ts', '../../entrypoints/*.content.ts'], { query: '?raw', import: 'default', eager: true });
const fixturePages = Object.keys(import.meta.glob('../../../e2e/fixtures/sites/*/index.html'));
const ids = Object.keys(KNOWN_SITES) as SiteId[];

describe.each(ids)('adapter %s', (id) => {
  const adapter = ADAPTERS[id];

  test('is the adapter of its site', () => {
    expect(adapter.id).toBe(id);
  });

  test('has selectors for composer, send control and file input', () => {
    expect(adapter.composerSelectors.length).toBeGreaterThan(0);
    expect(adapter.sendSelectors.length).toBeGreaterThan(0);
    expect(adapter.fileInputSelectors.length).toBeGreaterThan(0);
  });

  test('every selector is commented with the page version it matches', () => {
    const source = sources[`./${id}.ts`] ?? '';
    for (const selector of [...adapter.composerSelectors, ...adapter.sendSelectors, ...adapter.fileInputSelectors]) {
      const line = source.split('\n').findIndex((l) => l.includes(`'${selector}'`));
      expect(line, selector).toBeGreaterThan(0);
      const comment = source.split('\n').slice(0, line).reverse().find((l) => !l.trim().startsWith("'"));
      expect(comment?.trim().startsWith('//'), `${selector} has no comment above it`).toBe(true);
    }
  });

  test('is tested on fixture pages that exist', () => {
    expect(adapter.fixtures.length).toBeGreaterThan(0);
    for (const fixture of adapter.fixtures) expect(fixturePages, fixture).toContain(`../../../${fixture}`);
  });

  test('has a content script on its hosts', () => {
    const entry = sources[`../../entrypoints/${id}.content.ts`] ?? '';
    expect(entry).toContain(`matchPatterns('${id}')`);
    expect(matchPatterns(id).length).toBeGreaterThan(0);
  });
});
