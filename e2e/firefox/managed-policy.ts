/**
 * Firefox e2e (run by scripts/firefox-e2e.sh): Sightline's managed policy reaches the add-on on
 * firefox-esr through policies.json, and we record whether Firefox grants `<all_urls>` to it.
 *
 * Playwright cannot drive stock Firefox, so this uses puppeteer-core over WebDriver BiDi. The
 * add-on is installed as a temporary add-on (a force-install needs a signed .xpi, which CI does
 * not have); its moz-extension:// UUID is pinned through `extensions.webextensions.uuids` so the
 * options page has a known URL. Prints one PASS or FAIL line; exits non-zero on failure.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import puppeteer, { TimeoutError } from 'puppeteer-core';
import { PoliciesFile } from './policies-file';

const GECKO_ID = 'sightline@sightline.dev';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
const POLICY_TIMEOUT_MS = 20_000;

/** Deliberately not the defaults, so a value seen on the page can only have come from policy. */
const MANAGED_POLICY = {
  mode: 'block',
  flagThreshold: 35,
  blockedApps: ['blocked-ai.example'],
  noticeUrl: 'https://intranet.example.com/ai-policy',
  enrollmentToken: 'enroll-secret-ff',
};

interface PolicyReply {
  ok: boolean;
  value?: { values: Record<string, unknown>; sources: Record<string, string>; managed: boolean };
  error?: string;
}

declare const browser: {
  runtime: { sendMessage(message: unknown): Promise<PolicyReply> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
};

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/**
 * A Puppeteer wait (given its remaining timeout) while the page navigates or reloads: a BiDi
 * `script.evaluate` that lands as the old realm goes away fails with a protocol error ("right-hand
 * side of 'in' should be an object, got null") instead of waiting on; such errors are retried
 * until the deadline, a real timeout is not.
 */
async function throughNavigation(wait: (timeout: number) => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + POLICY_TIMEOUT_MS;
  for (;;) {
    try {
      await wait(Math.max(1, deadline - Date.now()));
      return;
    } catch (error) {
      if (error instanceof TimeoutError || Date.now() >= deadline) throw error;
      await new Promise((done) => setTimeout(done, 250));
    }
  }
}

async function effectivePolicy(page: Page): Promise<NonNullable<PolicyReply['value']>> {
  const reply = await page.evaluate(() => browser.runtime.sendMessage({ type: 'policy/effective', payload: {} }));
  if (!reply.ok || !reply.value) throw new Error(`policy/effective failed: ${reply.error ?? 'no value'}`);
  return reply.value;
}

async function run(): Promise<string> {
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'sightline-firefox-'));
  const policies = new PoliciesFile(FIREFOX);
  let firefox: Browser | undefined;
  try {
    policies.write({ '3rdparty': { Extensions: { [GECKO_ID]: MANAGED_POLICY } } });
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      protocol: 'webDriverBiDi',
      headless: true,
      userDataDir: profile,
      // WebDriver BiDi may only navigate to http(s), file and blob URLs unless system access is
      // allowed (Firefox's remote/shared/BrowsingContextUtils.sys.mjs); we need moz-extension://.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        'app.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
      },
    });
    const id = await firefox.installExtension(ADDON_DIR);
    check(id === GECKO_ID, `installed add-on has ID ${id}, expected ${GECKO_ID}`);

    const page = await firefox.newPage();
    // The page loads, but Puppeteer 24.8 never sees the cross-process navigation to the extension
    // process finish (page.url() stays about:blank), so wait for the page's content instead.
    page.goto(`moz-extension://${uuid}/options.html`).catch(() => undefined);
    await throughNavigation((timeout) => page.waitForSelector('[data-testid="policy-row-mode"]', { timeout }));

    const deadline = Date.now() + POLICY_TIMEOUT_MS;
    let policy = await effectivePolicy(page);
    while (policy.values.mode !== 'block' && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 250));
      policy = await effectivePolicy(page);
    }
    check(policy.managed, 'the add-on does not see a managed policy');
    for (const key of ['mode', 'flagThreshold', 'blockedApps', 'noticeUrl'] as const) {
      check(JSON.stringify(policy.values[key]) === JSON.stringify(MANAGED_POLICY[key]), `${key} is ${JSON.stringify(policy.values[key])}, expected the managed value`);
      check(policy.sources[key] === 'managed', `${key} comes from ${policy.sources[key]}, expected managed`);
    }
    check(!JSON.stringify(policy.values).includes('enroll-secret'), 'the enrollment token reached the options page unmasked');

    // A fresh load renders the managed source from the start (same navigation caveat as above).
    await page.evaluate(() => {
      document.documentElement.dataset.beforeReload = 'yes';
      location.reload();
    });
    await throughNavigation((timeout) =>
      page.waitForFunction(
        () =>
          document.readyState === 'complete' &&
          document.documentElement.dataset.beforeReload === undefined &&
          document.querySelector('[data-testid="policy-row-mode"]')?.getAttribute('data-source') === 'managed',
        { timeout },
      ),
    );
    check(!(await page.content()).includes('enroll-secret'), 'the enrollment token is visible on the options page');

    const allUrls = await page.evaluate(() => browser.permissions.contains({ origins: ['<all_urls>'] }));
    return `managed policy reached storage.managed (mode=block, source=managed); <all_urls> granted to the temporary add-on: ${allUrls}`;
  } finally {
    await firefox?.close().catch(() => undefined);
    policies.restore();
    rmSync(profile, { recursive: true, force: true });
  }
}

run().then(
  (observation) => {
    console.log(`firefox-e2e: PASS: ${observation}`);
  },
  (error: unknown) => {
    console.error(`firefox-e2e: FAIL: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
