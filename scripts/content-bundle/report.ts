/**
 * What is inside a content script, minified: bytes by group and the heaviest modules; and the size
 * of the dialog's script, which the content scripts load on demand (entrypoints/content-ui.ts).
 * Usage: `tsx scripts/content-bundle/report.ts [chatgpt.content.ts] [modules to list, default 25]`.
 */
import { join } from 'node:path';
import { WXT_RUNTIME_BYTES, budgetReport, kb } from './budget';
import { ENTRYPOINTS, UI_ENTRYPOINT, bundleContentScript, groupInputs } from './bundle';

const file = process.argv[2] ?? 'chatgpt.content.ts';
const top = Number(process.argv[3] ?? 25);
const { bytes, inputs } = await bundleContentScript(join(ENTRYPOINTS, file));
console.log(budgetReport(`${file} (esbuild ${kb(bytes)} + WXT runtime ${kb(WXT_RUNTIME_BYTES)})`, bytes + WXT_RUNTIME_BYTES));
// The dialog the content scripts load on demand: paid only by pages that warn or block.
const ui = await bundleContentScript(join(ENTRYPOINTS, UI_ENTRYPOINT));
console.log(`${UI_ENTRYPOINT}, loaded on demand (not in the budget): ${kb(ui.bytes)} (esbuild; WXT adds a little)`);
// Module sizes are esbuild's, before hoist-strings.ts spells repeated strings once: they add up to a little more.
console.log('\nby group (before hoisting repeated strings):');
for (const [group, n] of groupInputs(inputs)) console.log(`${kb(n).padStart(9)}  ${group}`);
console.log(`\nheaviest ${top} modules:`);
for (const [path, n] of Object.entries(inputs).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(n).padStart(9)}  ${path}`);
