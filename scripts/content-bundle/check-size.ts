/**
 * `npm test` step after the extension build: every built content script must stay under the
 * ceiling (budget.ts). Usage: `tsx scripts/content-bundle/check-size.ts [.output/firefox-mv3]`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SCRIPT_CEILING_BYTES, budgetReport, kb } from './budget';

const dir = join(process.argv[2] ?? '.output/chrome-mv3', 'content-scripts');
const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
let failed = scripts.length === 0;
for (const file of scripts) {
  const bytes = statSync(join(dir, file)).size;
  const ok = bytes <= CONTENT_SCRIPT_CEILING_BYTES;
  if (!ok) failed = true;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${budgetReport(file, bytes)}`);
}
if (scripts.length === 0) console.log(`no content scripts in ${dir}`);
// The dialog the content scripts load on demand (entrypoints/content-ui.ts): reported, not budgeted.
const ui = join(dir, '..', 'content-ui.js');
if (existsSync(ui)) console.log(`     content-ui.js, loaded on demand: ${kb(statSync(ui).size)}`);
else {
  console.log(`FAIL no content-ui.js beside ${dir}: the content scripts would have no dialog to load`);
  failed = true;
}
process.exit(failed ? 1 : 0);
