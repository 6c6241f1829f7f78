/**
 * Size budget of each content script (`.output/<target>/content-scripts/*.js`, minified).
 *
 * The target is issue #8's: ≤ 80 KB with the fast pattern layer inside. The content tier holds
 * only detectors that can make the page fail closed (generated: content-registry.generated.ts),
 * and the build drops doc strings and the polyfill and compacts the rule data (content-build.ts),
 * yet the detectors alone are ~78 KB minified (secret rules and their libraries 56 KB, ~17 KB of it
 * regex text) beside ~35 KB of engine, capture, dialog and site code, so the bundles do not meet the
 * target without dropping detectors from the page (a product decision, not a build setting). Until
 * they do, the checks hold a ratchet: no bundle may grow past CONTENT_SCRIPT_CEILING_BYTES, and
 * every cut should lower that number toward the target. Every run prints the distance to the
 * target; report.ts shows what is inside.
 */
export const CONTENT_SCRIPT_TARGET_BYTES = 80 * 1024;
/**
 * The ratchet: 117.4–117.5 KB measured (WXT build, Chrome and Firefox) when it was first set; the
 * secrets recall round then added ~2.5 KB of rules (120.0–120.2 KB); WXT's context stand-in,
 * UTF-8 output, the shared assignment fragment and mangled internal property names brought it to
 * 113.2–113.4 KB; the same round's detector changes (GitLab's token checksum, word-named providers,
 * the PII digit gate, the one-pass classification-label search, typed-array normalisation) added
 * ~3 KB (116.3–116.4 KB, esbuild estimate). The ceiling leaves ~1.6 KB for ordinary change.
 */
export const CONTENT_SCRIPT_CEILING_BYTES = 118 * 1024;
/**
 * What WXT's build adds to the esbuild bundle the unit test measures: its entry wrapper (logger,
 * the ContentScriptContext stand-in of runtime/content-script-context.ts) and the IIFE wrapper.
 * Measured: 0.96 KB (3.9 KB with WXT's own context).
 */
export const WXT_RUNTIME_BYTES = 1024;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function budgetReport(name: string, bytes: number): string {
  const over = bytes - CONTENT_SCRIPT_TARGET_BYTES;
  return `${name}: ${kb(bytes)} (ceiling ${kb(CONTENT_SCRIPT_CEILING_BYTES)}; target ${kb(CONTENT_SCRIPT_TARGET_BYTES)}${over > 0 ? `, ${kb(over)} over` : ', met'})`;
}
