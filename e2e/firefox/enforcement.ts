/**
 * Firefox e2e (run by scripts/firefox-e2e.sh): enforcement on a chatbot page in firefox-esr, with
 * the shipped Firefox build and a managed `block` policy. The DeepSeek fixture is served under its
 * real URL through BiDi request interception, so the content script's match pattern stays real.
 *  - a clean prompt reaches the page's own API call;
 *  - a prompt with an AWS key is not sent, and the in-page dialog explains why. The dialog is not
 *    in the content script: the worker injects it on demand (`ui/load`), and the content script
 *    finds it only if Firefox runs the injected file in the content scripts' own sandbox; if not,
 *    the fallback notice (`sightline-notice`) shows instead, and this check fails.
 * Prints one PASS or FAIL line; exits non-zero on failure.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { fixtureFile } from '../fixture-files';
import { FIREFOX, GECKO_ID, launchWithSightline, type LaunchedFirefox } from './launch';
import { PoliciesFile } from './policies-file';

const ORIGIN = 'https://chat.deepseek.com';
const WAIT_MS = 20_000;
const CLEAN = 'Summarise the release notes for the team in three bullet points.';
// AWS's documented example key pair, with the ID changed so no placeholder rule downgrades it.
const RISKY = 'deploy with aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8aB3xT9q and AKIAZ4Q7RT5WLXK2MNPB';

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/**
 * Serves the fixture at its site's URL; counts the API calls the page made (BiDi interception
 * gives no request bodies: what the page's own send handler got is its `__sent` log).
 */
async function serveFixture(page: Page): Promise<{ calls: number }> {
  const api = { calls: 0 };
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.origin !== ORIGIN) return void request.continue();
    if (request.method() === 'POST') {
      api.calls++;
      return void request.respond({ status: 200, contentType: 'application/json', body: '{"ok":true}' });
    }
    void fixtureFile('deepseek', url.pathname).then((response) => request.respond(response));
  });
  return api;
}

const sentByPage = (page: Page) => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);

async function send(page: Page, prompt: string): Promise<void> {
  await page.click('#chat-input');
  await page.keyboard.type(prompt);
  await page.keyboard.press('Enter');
}

async function run(): Promise<string> {
  const policies = new PoliciesFile(FIREFOX);
  let launched: LaunchedFirefox | undefined;
  try {
    policies.write({ '3rdparty': { Extensions: { [GECKO_ID]: { mode: 'block' } } } });
    launched = await launchWithSightline();
    const page = await launched.firefox.newPage();
    const api = await serveFixture(page);
    await page.goto(`${ORIGIN}/`);
    await page.waitForSelector('#chat-input', { timeout: WAIT_MS });

    await send(page, CLEAN);
    await page.waitForFunction(() => (document.querySelector('#chat-input') as HTMLTextAreaElement).value === '', { timeout: WAIT_MS });
    const sent = await sentByPage(page);
    check(sent.length === 1 && sent[0] === CLEAN && api.calls === 1, `the clean prompt did not reach the page unchanged (sent: ${JSON.stringify(sent)}, API calls: ${api.calls})`);

    await send(page, RISKY);
    const shown = await page.waitForSelector('sightline-dialog, sightline-notice', { timeout: WAIT_MS });
    const tag = await shown!.evaluate((element) => element.tagName.toLowerCase());
    check(tag === 'sightline-dialog', `the fallback notice showed instead of the dialog: the injected dialog script did not reach the content script's sandbox`);
    check((await sentByPage(page)).length === 1 && api.calls === 1, `the prompt with an AWS key was sent (API calls: ${api.calls})`);
    return 'a clean prompt reached the page; a prompt with an AWS key was blocked and the on-demand dialog showed (managed mode=block)';
  } finally {
    await launched?.close();
    policies.restore();
  }
}

run().then(
  (observation) => console.log(`firefox-e2e: PASS: ${observation}`),
  (error: unknown) => {
    console.error(`firefox-e2e: FAIL: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
