/**
 * Capture across the page's and the extension's lifecycle: a composer that renders late, an SPA
 * route change that re-renders it, a tab that was open before the extension was installed, one
 * open across an update (the worker injects a fresh script), and one whose script an update
 * orphaned with no fresh one (it must stop risky prompts and ask for a reload).
 */
import { expect, test } from '@playwright/test';
import { ExtensionSession } from './pages/extension-session';
import { LateInstallBrowser } from './pages/late-install';
import { SightlineDialog, type SightlineHost } from './pages/sightline-dialog';
import { SitePage } from './pages/site-page';
import { SITES, type SiteKey } from './pages/site-table';
import { CLEAN_PROMPT, RISKY_PROMPT, SECRET_PART } from './pages/test-data';

const site = (key: SiteKey) => SITES.find((s) => s.key === key)!;
/** The test build's switch that makes an update leave open tabs alone (inject-open-tabs.ts). */
const SKIP_INJECTION_KEY = 'sightline.test.skipOpenTabInjection';
/** Each live capture instance writes its own id here when it claims the page (instance-claim.ts). */
const owner = (chat: SitePage) => chat.page.locator('html').getAttribute('data-sightline-owner');

/** Types the risky prompt, submits it, and checks that a dialog (or the notice) holds it and nothing left. */
async function expectStopped(chat: SitePage, host: SightlineHost = 'sightline-dialog'): Promise<SightlineDialog> {
  const sent = chat.sentOnWire();
  await chat.type(RISKY_PROMPT);
  await chat.submit();
  const dialog = new SightlineDialog(chat.page, host);
  await expect(dialog.host).toBeVisible();
  await chat.page.waitForTimeout(1000);
  expect(chat.sentOnWire()).toEqual(sent);
  return dialog;
}

test.describe.serial('capture as the page changes', () => {
  let session: ExtensionSession;
  test.beforeAll(async () => {
    session = await ExtensionSession.launch({ mode: 'block' });
  });
  test.afterAll(async () => session?.close());

  test('a composer that renders 1.5 s after load is captured', async () => {
    const page = await session.context.newPage();
    await page.goto('https://gemini.google.com/app?late=1500');
    const chat = new SitePage(page, site('gemini'));
    await chat.composer.waitFor();
    await expectStopped(chat);
  });

  test('a composer re-rendered by SPA navigation is captured', async () => {
    const chat = await SitePage.open(session.context, site('perplexity'));
    await chat.spaNavigate('/search/new-thread');
    await chat.composer.waitFor();
    await expectStopped(chat);
  });
});

test.describe.serial('capture across install and update', () => {
  let browser: LateInstallBrowser;
  let session: ExtensionSession;
  test.beforeAll(async () => {
    browser = await LateInstallBrowser.launch();
  });
  test.afterAll(async () => browser?.close());

  const events = async (key: SiteKey) => (await session.events()).filter((e) => e.site === key);

  test('a tab open before Sightline is installed gets the content script and is protected', async () => {
    const chat = await SitePage.open(browser.context, site('chatgpt'));
    expect(await owner(chat), 'no Sightline before the install').toBeNull();
    // A draft typed before the install is checked once the script arrives.
    await chat.type(RISKY_PROMPT);
    session = await browser.install();
    await expect.poll(() => owner(chat), { timeout: 15_000, message: 'onInstalled injected the script' }).not.toBeNull();
    await chat.composer.click();
    await chat.page.keyboard.press('Enter');
    // No policy set: the default mode, warn, holds the prompt until the user chooses.
    const dialog = new SightlineDialog(chat.page);
    await expect(dialog.host).toBeVisible();
    expect(await dialog.text()).toContain('This prompt contains sensitive data');
    await chat.page.waitForTimeout(1000);
    expect(chat.sentOnWire()).toEqual([]);
    await dialog.click('Edit');
    await expect.poll(() => events('chatgpt')).toEqual([expect.objectContaining({ trigger: 'enter', action: 'warn', choice: 'edit' })]);
    await chat.page.close();
  });

  test('a tab open across an update gets a fresh script, which takes over from the orphaned one', async () => {
    await session.setOptions({ mode: 'block' });
    const chat = await SitePage.open(browser.context, site('deepseek'));
    const before = await owner(chat);
    expect(before).not.toBeNull();
    await browser.install();
    await expect.poll(() => owner(chat), { timeout: 15_000, message: 'the update injected a new instance' }).not.toBe(before);
    const dialog = await expectStopped(chat);
    expect(await dialog.text()).toContain('This prompt was not sent');
    // Recorded, which only a live script can do: the orphaned one has no worker to talk to.
    await expect.poll(() => events('deepseek')).toEqual([expect.objectContaining({ action: 'block' })]);
    await chat.page.close();
  });

  test('an orphaned script lets a clean prompt through, stops a risky one and asks for a reload', async () => {
    const chat = await SitePage.open(browser.context, site('gemini'));
    const before = await owner(chat);
    const skipInjection = (skip: boolean) =>
      session.liveWorker().then((worker) =>
        worker.evaluate(
          ([key, value]) => {
            const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
            return chrome.storage.local.set({ [key as string]: value });
          },
          [SKIP_INJECTION_KEY, skip] as const,
        ),
      );
    await skipInjection(true);
    try {
      await browser.install();
      await chat.page.waitForTimeout(1500);
      expect(await owner(chat), 'nothing was injected: the orphaned script is alone').toBe(before);

      await chat.type(CLEAN_PROMPT);
      await chat.submit();
      await expect.poll(() => chat.sentOnWire()).toEqual([CLEAN_PROMPT]);

      // No worker to load the dialog from: the content script's own notice says why.
      const dialog = await expectStopped(chat, 'sightline-notice');
      expect(await dialog.role()).toBe('alertdialog');
      const text = await dialog.text();
      expect(text).toContain('Sightline was updated');
      expect(text).not.toContain(SECRET_PART);
      // "Reload page" reloads the tab; the manifest's content script protects the new page.
      await dialog.click('Reload page');
      await expect.poll(() => owner(chat), { timeout: 15_000 }).not.toBe(before);
      await chat.composer.waitFor();
      expect(await (await expectStopped(chat)).text()).toContain('This prompt was not sent');
    } finally {
      await skipInjection(false);
    }
  });
});
