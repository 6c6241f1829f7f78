/**
 * Firefox e2e (run by scripts/firefox-e2e.sh): Sightline's managed policy reaches the add-on on
 * firefox-esr through policies.json, and we record whether Firefox grants `<all_urls>` to it.
 *
 * The add-on runs as a temporary add-on (launch.ts); its moz-extension:// UUID is pinned through `extensions.webextensions.uuids` so the
 * options page has a known URL. Prints one PASS or FAIL line; exits non-zero on failure.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { TimeoutError } from 'puppeteer-core';
import { FIREFOX, GECKO_ID, launchWithSightline, type LaunchedFirefox } from './launch';
import { PoliciesFile } from './policies-file';

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
  const policies = new PoliciesFile(FIREFOX);
  let launched: LaunchedFirefox | undefined;
  try {
    policies.write({ '3rdparty': { Extensions: { [GECKO_ID]: MANAGED_POLICY } } });
    launched = await launchWithSightline(
      { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
      // WebDriver BiDi may only navigate to http(s), file and blob URLs unless system access is
      // allowed (Firefox's remote/shared/BrowsingContextUtils.sys.mjs); we need moz-extension://.
      ['--remote-allow-system-access'],
    );

    const page = await launched.firefox.newPage();
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
    await launched?.close();
    policies.restore();
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
