/**
 * `npm start`: builds the extension and, where a display exists, opens Chromium with it loaded in
 * a fresh profile and the ChatGPT fixture routed under its real URL, so there is something to try
 * it on. Without a display it prints where the build is and how to load it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, extensionArgs } from '../e2e/browser';
import { routeFixtureSites } from '../e2e/sites';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output/chrome-mv3');

function say(line: string): void {
  console.log(`[sightline] ${line}`);
}

say('Building the extension (Chrome MV3 and Firefox MV3)…');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
say(`Built: ${extensionDir} (Chromium/Chrome/Edge) and ${join(root, '.output/firefox-mv3')} (Firefox).`);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  say('No display found, so no browser is opened. To try Sightline:');
  say(`  Chromium: open chrome://extensions, enable Developer mode, "Load unpacked" → ${extensionDir}`);
  say('  Firefox:  open about:debugging#/runtime/this-firefox, "Load Temporary Add-on" → .output/firefox-mv3/manifest.json');
  process.exit(0);
}

let executablePath: string;
try {
  executablePath = chromiumPath();
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

say(`Opening ${executablePath} with Sightline loaded in a fresh profile…`);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sightline-start-')), {
  executablePath,
  headless: false,
  args: extensionArgs(extensionDir),
  viewport: null,
});
await routeFixtureSites(context);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto('https://chatgpt.com/');
say('https://chatgpt.com/ is served from the local fixture page: type a prompt and press Enter,');
say('then open the Sightline toolbar popup to see it. Close the browser window to stop.');
await new Promise<void>((done) => context.on('close', () => done()));
say('Browser closed.');
