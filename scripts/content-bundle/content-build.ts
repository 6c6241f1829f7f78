/**
 * Build settings that apply to the content scripts only (wired in wxt.config.ts through WXT's
 * `vite:build:extendConfig` hook, and mirrored with esbuild by content-bundle-size.test.ts).
 *
 * - Doc strings out (strip-doc-strings.ts), long word lists as one split string (compact-string-lists.ts),
 *   `A-Za-z0-9_` in regex classes as `\w` (compact-regex.ts), secret rule specs as positional
 *   arguments (compact-secret-specs.ts), the keyword rules' shared assignment fragment spelled once
 *   (compact-assignment-regex.ts). The parity test runs the tier built this way. The dialog's
 *   style sheet is minified (minify-css.ts).
 * - No webextension-polyfill: the content script only sends messages and reads `runtime.id`, which
 *   Chrome's MV3 `chrome.*` (promise-based since Chrome 99) and Firefox's `browser.*` do natively;
 *   the polyfill was 10 KB of the budget. `wxt/browser` resolves to WXT's native shim
 *   (`globalThis.browser ?? chrome`) instead. Background and pages keep the polyfill.
 * - WXT's `ContentScriptContext` resolves to a stand-in that holds only the name and options
 *   (runtime/content-script-context.ts): our `main()`s never read the context.
 * - Internal property names listed in mangle-props.ts are shortened over the whole chunk (a
 *   renderChunk pass: Vite's per-module esbuild transforms would rename each file differently),
 *   and the string literals the chunk repeats often enough (`"high"` 93×) are spelled once as
 *   variables (hoist-strings.ts), then the chunk is minified again (`finishContentBundle`).
 * - esbuild writes non-ASCII characters as UTF-8 (`charset: 'utf8'`) instead of `\uXXXX` escapes:
 *   the fold tables and look-alike regexes are full of them. Extensions' scripts are read as UTF-8.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transform as esbuildTransform, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Alias, InlineConfig, Plugin } from 'vite';
import { compactAssignmentRegex } from './compact-assignment-regex';
import { compactRegexLiterals } from './compact-regex';
import { compactSecretSpecs } from './compact-secret-specs';
import { compactStringLists } from './compact-string-lists';
import { hoistStrings } from './hoist-strings';
import { MANGLE_PROPS } from './mangle-props';
import { CSS_MODULES, minifyCssLiterals } from './minify-css';
import { docStringTarget, stripDocStrings } from './strip-doc-strings';

const require = createRequire(import.meta.url);

/** WXT's own `wxt/browser`, before the polyfill module aliases it. */
export const NATIVE_BROWSER_MODULE = require.resolve('wxt/browser');

/** What WXT's content-script entry wrapper imports its context class from. */
export const WXT_CONTEXT_MODULE = 'wxt/utils/content-script-context';
export const CONTEXT_STAND_IN = fileURLToPath(new URL('./runtime/content-script-context.ts', import.meta.url));

/** The content build's source transforms, on the detectors, the policy schema and style sheets only. */
function transform(code: string, id: string): string | null {
  if (CSS_MODULES.test(id.replace(/\\/g, '/').replace(/\?.*$/, ''))) return minifyCssLiterals(code, id);
  const target = docStringTarget(id);
  if (target === undefined) return null;
  const steps = [(s: string) => stripDocStrings(s, id, target.properties), compactSecretSpecs, compactStringLists, compactRegexLiterals, compactAssignmentRegex];
  return steps.reduce((source, step) => step(source, id), code);
}

export function stripDocStringsVite(): Plugin {
  return {
    name: 'sightline:strip-doc-strings',
    enforce: 'pre',
    transform(code, id) {
      const out = transform(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}

export function stripDocStringsEsbuild(): EsbuildPlugin {
  return {
    name: 'sightline:strip-doc-strings',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const out = transform(source, args.path);
        return out === null ? undefined : { contents: out, loader: 'ts' };
      });
    },
  };
}

/**
 * Compile-time constants of the content build: `__CONTENT_SCRIPT__` (engine/build-flags.d.ts)
 * lets shared code drop paths only the worker takes. Set in WXT's content build (below), bundle.ts
 * and the parity test's build, so what they measure and test is what ships.
 */
export const CONTENT_DEFINE = { 'globalThis.__CONTENT_SCRIPT__': 'true' } as const;

/** The esbuild options that mirror the Vite settings below (bundle.ts). */
export const CONTENT_ESBUILD_OPTIONS = { charset: 'utf8' } as const;

/** Options for the pass over the whole bundle only (never per module). */
export const CONTENT_BUNDLE_ESBUILD_OPTIONS = { ...CONTENT_ESBUILD_OPTIONS, mangleProps: MANGLE_PROPS } as const;

/**
 * The last step over a whole minified bundle (WXT's chunk, bundle.ts's and the parity test's
 * esbuild output): repeated strings hoisted, then minified again so the new names come out short.
 */
export async function finishContentBundle(code: string): Promise<string> {
  return (await esbuildTransform(hoistStrings(code), { ...CONTENT_ESBUILD_OPTIONS, minify: true, target: 'es2022' })).code;
}

/** Shortens the internal property names over the whole chunk, then finishes it (above). */
export function manglePropsVite(): Plugin {
  return {
    name: 'sightline:mangle-props',
    enforce: 'post',
    async renderChunk(code) {
      const out = await esbuildTransform(code, { ...CONTENT_BUNDLE_ESBUILD_OPTIONS, minify: true, target: 'es2022' });
      return { code: await finishContentBundle(out.code), map: null };
    },
  };
}

/** The esbuild plugins that mirror the Vite plugins below (bundle.ts). */
export function contentBuildEsbuildPlugins(): EsbuildPlugin[] {
  return [stripDocStringsEsbuild()];
}

/** Applies the content-script settings to one WXT build group's Vite config (by reference). */
export function tuneContentScriptBuild(config: InlineConfig): void {
  config.plugins = [...(config.plugins ?? []), stripDocStringsVite(), manglePropsVite()];
  config.define = { ...config.define, ...CONTENT_DEFINE };
  const alias = config.resolve?.alias;
  const entries: Alias[] = Array.isArray(alias)
    ? (alias as Alias[])
    : Object.entries((alias ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
  config.resolve = {
    ...config.resolve,
    alias: [
      { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER_MODULE },
      { find: new RegExp(`^${WXT_CONTEXT_MODULE}$`), replacement: CONTEXT_STAND_IN },
      ...entries.filter((e) => e.find !== 'wxt/browser'),
    ],
  };
  config.esbuild = config.esbuild === false ? false : { ...config.esbuild, ...CONTENT_ESBUILD_OPTIONS };
}
