import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENTRYPOINTS } from './bundle';
import { WXT_CONTEXT_MODULE } from './content-build';

/**
 * Content builds swap WXT's ContentScriptContext for a stand-in without its methods
 * (runtime/content-script-context.ts). That is only sound while no content script reads the
 * context, and only effective while WXT's entry wrapper imports it from the aliased path.
 */
const require = createRequire(import.meta.url);
const contentScripts = readdirSync(ENTRYPOINTS).filter((f) => f.endsWith('.content.ts'));

describe('the ContentScriptContext stand-in', () => {
  test.each(contentScripts)('%s: main() takes no context', (file) => {
    const source = readFileSync(join(ENTRYPOINTS, file), 'utf8');
    expect(source).toMatch(/\bmain\s*\(\s*\)/);
    expect(source).not.toMatch(/\bmain\s*\(\s*[^)\s]/);
    expect(source).not.toMatch(/ContentScriptContext|\bctx\b/);
  });

  test("WXT's isolated-world entry imports the context from the aliased module", () => {
    const dist = join(require.resolve(WXT_CONTEXT_MODULE), '../..');
    const wrapper = readFileSync(join(dist, 'virtual/content-script-isolated-world-entrypoint.mjs'), 'utf8');
    expect(wrapper).toContain(`from "${WXT_CONTEXT_MODULE}"`);
  });
});
