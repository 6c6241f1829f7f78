/**
 * `npm start`: builds the extension, makes sure a demo tenant exists in the collector's embedded
 * database (`data/sightline.db`; its token in `data/demo-tenant.json`) and, where a display exists,
 * starts the collector, opens Chromium with the extension loaded in a fresh profile, the ChatGPT
 * fixture routed under its real URL and the collector set in its local options, so flagged
 * prompts arrive in the collector. Without a display it prints how to do the same by hand.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROME_EXTENSION_ID } from '../deploy/render/deployment';
import { chromiumPath, extensionArgs } from '../e2e/browser';
import { routeFixtureSites } from '../e2e/sites';
import { runAdmin } from '../server/admin/cli';
import { startCollector, type CollectorProcess } from '../server/test-support/collector-process';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output/chrome-mv3');
const dataDir = join(root, 'data');
const databaseUrl = `sqlite:${join(dataDir, 'sightline.db')}`;
const tenantFile = join(dataDir, 'demo-tenant.json');
/** The collector's documented default port (server/README.md). */
const COLLECTOR_PORT = 8787;
const collectorUrl = `http://127.0.0.1:${COLLECTOR_PORT}`;
const DEMO_TENANT = 'demo';
const OPTIONS_TIMEOUT_MS = 20_000;

function say(line: string): void {
  console.log(`[sightline] ${line}`);
}

/** The demo tenant's enrollment token: remembered in data/demo-tenant.json, created on first run. */
async function demoToken(): Promise<string> {
  if (existsSync(tenantFile)) {
    const saved = JSON.parse(readFileSync(tenantFile, 'utf8')) as { enrollmentToken?: unknown };
    if (typeof saved.enrollmentToken === 'string') return saved.enrollmentToken;
  }
  mkdirSync(dataDir, { recursive: true });
  const lines: string[] = [];
  const env = { DATABASE_URL: databaseUrl };
  // The tenant may exist with its token lost (file deleted): a new token replaces the old one.
  const code = (await runAdmin(['create-tenant', DEMO_TENANT], env, (l) => lines.push(l))) === 0 ? 0 : await runAdmin(['rotate-token', DEMO_TENANT], env, (l) => lines.push(l));
  if (code !== 0) throw new Error(`could not create the demo tenant:\n${lines.join('\n')}`);
  const enrollmentToken = lines.at(-1)!;
  writeFileSync(tenantFile, `${JSON.stringify({ tenant: DEMO_TENANT, collectorUrl, enrollmentToken }, null, 2)}\n`, { mode: 0o600 });
  say(`Created the demo tenant "${DEMO_TENANT}" (token saved in ${tenantFile}).`);
  return enrollmentToken;
}

/**
 * Writes local options from Sightline's own worker (other, built-in extensions may have workers
 * too), once its extension APIs are up. Local options apply: nothing is managed in a fresh profile.
 */
async function setCollectorOptions(context: BrowserContext, options: Record<string, string>): Promise<void> {
  const deadline = Date.now() + OPTIONS_TIMEOUT_MS;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${CHROME_EXTENSION_ID}/`));
    const done = await worker?.evaluate((o) => {
      const { chrome } = globalThis as unknown as { chrome?: { storage?: { local: { set(items: object): Promise<void> } } } };
      return chrome?.storage ? chrome.storage.local.set({ 'sightline.options': o }).then(() => true) : false;
    }, options).catch(() => false);
    if (done) return;
    if (Date.now() > deadline) throw new Error(`Sightline's service worker did not start within ${OPTIONS_TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A collector already answering on the port (e.g. `npm run collector`) is reused. */
async function ensureCollector(): Promise<CollectorProcess | undefined> {
  if (await fetch(`${collectorUrl}/healthz`).then((r) => r.ok, () => false)) {
    say(`Using the collector already running at ${collectorUrl}.`);
    return undefined;
  }
  const collector = await startCollector({ databaseUrl, port: COLLECTOR_PORT });
  say(`Collector running at ${collectorUrl} (database ${databaseUrl}).`);
  return collector;
}

say('Building the extension (Chrome MV3 and Firefox MV3)…');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
// The ChatGPT fixture page embeds the real ProseMirror, bundled from npm on first use.
execFileSync('npx', ['tsx', 'scripts/build-fixtures.ts'], { cwd: root, stdio: 'inherit' });
say(`Built: ${extensionDir} (Chromium/Chrome/Edge) and ${join(root, '.output/firefox-mv3')} (Firefox).`);

const enrollmentToken = await demoToken();

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  say('No display found, so no browser or collector is started. To try Sightline:');
  say(`  Collector: DATABASE_URL=${databaseUrl} npm run collector   (listens on ${collectorUrl})`);
  say(`  Chromium: open chrome://extensions, enable Developer mode, "Load unpacked" → ${extensionDir}`);
  say('  Firefox:  open about:debugging#/runtime/this-firefox, "Load Temporary Add-on" → .output/firefox-mv3/manifest.json');
  say(`  Then, in Sightline's options page: collector URL ${collectorUrl}, enrollment token ${enrollmentToken}`);
  process.exit(0);
}

let executablePath: string;
try {
  executablePath = chromiumPath();
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

let collector: CollectorProcess | undefined;
try {
  collector = await ensureCollector();
} catch (error) {
  say(`The collector did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  say(`Run it by hand to see why: DATABASE_URL=${databaseUrl} npm run collector`);
  process.exit(1);
}

say(`Opening ${executablePath} with Sightline loaded in a fresh profile…`);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sightline-start-')), {
  executablePath,
  headless: false,
  args: extensionArgs(extensionDir),
  viewport: null,
});
// Ctrl+C closes the browser, and with it the collector this script started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void context.close());
try {
  await routeFixtureSites(context);
  await setCollectorOptions(context, { collectorUrl, enrollmentToken });
  say(`Sightline sends flagged prompts to ${collectorUrl} (tenant "${DEMO_TENANT}").`);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://chatgpt.com/');
  say('https://chatgpt.com/ is served from the local fixture page: type a prompt and press Enter,');
  say('then open the Sightline toolbar popup to see it. Close the browser window to stop.');
  say(`Flagged prompts arrive in ${join(dataDir, 'sightline.db')} (table events; class_uid 2006).`);
  await new Promise<void>((done) => context.on('close', () => done()));
} catch (error) {
  say(`Could not set up the browser: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exitCode = 1;
  await context.close();
} finally {
  await collector?.stop();
  if (collector) say('Collector stopped.');
}
say('Browser closed.');
