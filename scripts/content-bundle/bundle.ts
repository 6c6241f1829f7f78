/**
 * The esbuild mirror of WXT's content-script build (minified, doc strings stripped, native
 * `wxt/browser`), with its metafile. The size test and report.ts measure with it: WXT's Vite build
 * takes half a minute and gives no per-module sizes.
 */
import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import { CONTENT_BUNDLE_ESBUILD_OPTIONS, CONTENT_DEFINE, CONTENT_ESBUILD_OPTIONS, contentBuildEsbuildPlugins, finishContentBundle } from './content-build';

export const ENTRYPOINTS = join(import.meta.dirname, '../../extension/entrypoints');
/** The in-page dialog, injected on demand (entrypoints/content-ui.ts); built like the content scripts. */
export const UI_ENTRYPOINT = 'content-ui.ts';

export interface ContentBundle {
  /** The finished bundle's size (after hoist-strings.ts, which the per-module sizes precede). */
  readonly bytes: number;
  /** Minified bytes each source module contributes, by path relative to the repository. */
  readonly inputs: Readonly<Record<string, number>>;
  readonly code: string;
}

/**
 * `mangle: false` leaves the property names as written (mangle-props.test.ts reads them); `plugins`
 * run before the content build's own (measure-tier-options.ts swaps the tier's module list).
 */
export async function bundleContentScript(entry: string, { mangle = true, plugins = [] }: { mangle?: boolean; plugins?: Plugin[] } = {}): Promise<ContentBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { __SIGHTLINE_TEST_HOOKS__: 'false', 'import.meta.env.MODE': '"production"', ...CONTENT_DEFINE },
    plugins: [...plugins, ...contentBuildEsbuildPlugins()],
    ...(mangle ? CONTENT_BUNDLE_ESBUILD_OPTIONS : CONTENT_ESBUILD_OPTIONS),
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const code = mangle ? await finishContentBundle(result.outputFiles[0]!.text) : result.outputFiles[0]!.text;
  return {
    bytes: Buffer.byteLength(code),
    inputs: Object.fromEntries(Object.entries(output.inputs).map(([p, i]) => [p.replace(/^(?:\.\.\/)+main\//, ''), i.bytesInOutput])),
    code,
  };
}

/** Module bytes summed by group: a detector category, an engine part, an extension area. */
export function groupInputs(inputs: Readonly<Record<string, number>>): Array<[string, number]> {
  const groups = new Map<string, number>();
  for (const [path, bytes] of Object.entries(inputs)) {
    const parts = path.split('/');
    const depth = parts[0] === 'node_modules' ? 2 : (parts[1] === 'detectors' || parts[1] === 'lib') && parts.length > 3 ? 3 : 2;
    const group = parts.slice(0, depth).join('/');
    groups.set(group, (groups.get(group) ?? 0) + bytes);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}
