/**
 * `true` in the content scripts' build only (CONTENT_DEFINE in scripts/content-bundle/content-build.ts),
 * so the minifier drops paths only the worker takes from the page's 80 KB budget; undefined in the
 * worker, the CLI and the tests, which take every path. Read as `globalThis.__CONTENT_SCRIPT__`:
 * a bare identifier would throw where nothing defines it.
 */
// eslint-disable-next-line no-var -- only a `var` declaration types a property of globalThis
declare var __CONTENT_SCRIPT__: boolean | undefined;
