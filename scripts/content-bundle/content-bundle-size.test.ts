import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_SCRIPT_CEILING_BYTES, WXT_RUNTIME_BYTES, budgetReport } from './budget';
import { ENTRYPOINTS, bundleContentScript } from './bundle';
import { stripDocStrings } from './strip-doc-strings';

/**
 * Bundles every content-script entrypoint the way the extension build does (bundle.ts) and holds
 * each to the budget. esbuild stands in for WXT's Vite build, which takes half a minute, plus the
 * measured size of WXT's own content-script runtime. `npm test` checks the real build output too
 * (check-size.ts); report.ts prints what is inside.
 */
const contentScripts = readdirSync(ENTRYPOINTS).filter((f) => f.endsWith('.content.ts'));

describe('content-script bundle size', () => {
  test('there are content scripts to measure', () => {
    expect(contentScripts.length).toBeGreaterThanOrEqual(4);
  });

  test.each(contentScripts)('%s stays under the ceiling', async (file) => {
    const { bytes: ours, inputs } = await bundleContentScript(join(ENTRYPOINTS, file));
    const bytes = ours + WXT_RUNTIME_BYTES;
    const heaviest = Object.entries(inputs)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([p, n]) => `${p} ${n}`);
    console.info(budgetReport(`${file} (estimated WXT build)`, bytes), '— heaviest inputs:', heaviest.join(', '));
    expect(bytes, heaviest.join('\n')).toBeLessThanOrEqual(CONTENT_SCRIPT_CEILING_BYTES);
  });
});

describe('stripDocStrings', () => {
  test.each([
    ["const d = { id: 'x', description: 'Finds x.', validation: `len ${N}`, severity: 'high' };", "const d = { id: 'x', severity: 'high' };"],
    ["f({ description: 'a' +\n 'b', keep: 1 });", 'f({ keep: 1 });'],
    ["const d = { id: 'x', description: spec.description };", "const d = { id: 'x', description: spec.description };"],
    ["interface D { description: string }", 'interface D { description: string }'],
    ["const d = { id: 'x', description: 'last' }", "const d = { id: 'x',  }"],
    ["return { name: 'crc', passed, detail: passed ? 'matches' : `differs (${n})` };", "return { name: 'crc', passed,  };"],
    ["return { name: 'crc', passed, detail: passed ? 'matches' : reason };", "return { name: 'crc', passed, detail: passed ? 'matches' : reason };"],
    // A value whose evaluation has an effect stays: `re.test` moves the regex's lastIndex.
    ["f({ detail: re.test(t) ? 'a' : 'b', n: 1 });", "f({ detail: re.test(t) ? 'a' : 'b', n: 1 });"],
    ["f({ detail: `x ${i++}`, n: 1 });", "f({ detail: `x ${i++}`, n: 1 });"],
    ["f({ detail: `${label.toLowerCase()} (${n > 0 ? 'a' : 'b'})`, n: 1 });", 'f({ n: 1 });'],
  ])('%j', (source, expected) => {
    expect(stripDocStrings(source, 'x.ts', ['description', 'validation', 'detail'])).toBe(expected);
  });
});
