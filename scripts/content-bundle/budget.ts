/**
 * Size budget of each content script (`.output/<target>/content-scripts/*.js`, minified).
 *
 * The target is issue #8's: ≤ 80 KB with the fast pattern layer inside. The content tier holds
 * only detectors whose high/critical findings rest on the value's own format and can make the page
 * fail closed (generated: content-registry.generated.ts; the cue-word detectors stay in the worker,
 * content-tier.ts), and the build drops doc and explanation strings, the polyfill and the
 * scanner's worker-only paths, compacts the rule data, shortens internal property names and spells
 * repeated strings once (content-build.ts). The in-page dialog is not in them: it is its own
 * script, injected by the worker when a page first needs it (entrypoints/content-ui.ts). That met
 * the target; the checks hold a ratchet, no bundle may grow past CONTENT_SCRIPT_CEILING_BYTES,
 * which now equals the target. Every run prints the distance to the target (or "met"); report.ts
 * shows what is inside, and the dialog script's size.
 */
export const CONTENT_SCRIPT_TARGET_BYTES = 80 * 1024;
/**
 * The ratchet: 117.4–117.5 KB measured (WXT build, Chrome and Firefox) when it was first set; it
 * moved with the rules to 116.3–116.4 KB (WXT build, 2026-11-28). Then, on the build side only:
 * 20 more mangled internal names (-1.1 KB), repeated strings spelled once (hoist-strings.ts,
 * -2.8 KB), the dialog's CSS minified (-0.3 KB), 22 platform-named fields of ours mangled under the
 * checker test (-2.4 KB) and the explanation strings (sub-rule ids, notes, validator details)
 * left out of the page (-3.9 KB): 105.9–106.0 KB (WXT build, Chrome and Firefox). Then the six
 * cue-word detectors left the page's tier (content-tier.ts, -21.8 KB) and the content build
 * dropped the scanner's filter, custom-detector and allow-pattern paths (__CONTENT_SCRIPT__,
 * -0.7 KB): 83.4–83.5 KB (85,384–85,535 bytes, WXT build, Chrome and Firefox, 2026-11-28), which
 * grew to 84.0–84.1 KB (86,001–86,152 bytes, Chrome) with the rules. Then one decision path for
 * held prompts, pastes and files (enforce-held.ts, -0.5 KB), the test-build timings recorder left
 * out (-0.3 KB), secret rule specs without the placeholders their ids spell (-0.7 KB), without the
 * `secret.` prefix (-0.4 KB) and with bare regexes for plain patterns (-0.3 KB), and no finding
 * explanations assembled in the page (-0.1 KB): 81.9–82.1 KB (83,881–84,032 bytes, WXT build,
 * Chrome, 2026-11-28). Then single-pass normalisation (dense folds ~2× cheaper, +0.4 KB) and the
 * secret sweep's carried window and next-character bit (+0.4 KB) took it to ~83.2 KB (report.ts
 * estimate, 2026-11-28): speed bought with bytes, so the ceiling moved up 1 KB; the 80 KB target
 * still stands (report.ts shows the gap). Then the dialog (its markup, styles, focus trap, finding
 * preview and strings, ~5.9 KB) left for a script loaded on demand, and the content scripts gained
 * the loader and a minimal fallback notice (~1.9 KB): 79.5–79.6 KB (81,389–81,540 bytes, WXT
 * build, Chrome and Firefox alike; the dialog's own script is 6.2 KB, 2026-11-28). The ceiling
 * came down to the target: ~0.4 KB of headroom, so the next addition to the page needs a cut.
 */
export const CONTENT_SCRIPT_CEILING_BYTES = 80 * 1024;
/**
 * What WXT's build adds to the esbuild bundle the unit test measures: its entry wrapper (logger,
 * the ContentScriptContext stand-in of runtime/content-script-context.ts) and the IIFE wrapper,
 * less nothing the mirror does better. Measured: 1.43 KB on all four scripts (the mirror's own
 * second minification pass saves ~0.45 KB that WXT's chunk, minified twice already, had before).
 */
export const WXT_RUNTIME_BYTES = 1_460;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function budgetReport(name: string, bytes: number): string {
  const over = bytes - CONTENT_SCRIPT_TARGET_BYTES;
  return `${name}: ${kb(bytes)} (ceiling ${kb(CONTENT_SCRIPT_CEILING_BYTES)}; target ${kb(CONTENT_SCRIPT_TARGET_BYTES)}${over > 0 ? `, ${kb(over)} over` : ', met'})`;
}
