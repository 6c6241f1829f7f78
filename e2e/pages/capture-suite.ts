/**
 * The capture matrix for one enforcement mode, set as an admin sets it: one managed policy file,
 * one browser, all four sites inside it. Per site: a risky typed prompt (AWS keys and an e-mail,
 * submitted by Enter or a real click), a clean prompt, a real clipboard paste of a private key,
 * a CSV upload with card numbers and a text file dragged onto the composer. In monitor mode the
 * policy also names a real collector, and the risky prompt's finding must arrive there.
 *
 * Managed policy is machine-wide, so these specs run in the `managed-policy` project, one at a
 * time, after every other spec. Without root (no policy file can be written) the same matrix runs
 * on local options and says so in its title.
 */
import { expect, test } from '@playwright/test';
import { TestCollector } from '../collector';
import { canWritePolicy } from '../managed-policy';
import { ExtensionSession, type Mode } from './extension-session';
import { SightlineDialog } from './sightline-dialog';
import { SitePage } from './site-page';
import { SITES, type SiteSpec } from './site-table';
import {
  CARD_NUMBER,
  CARDS_CSV,
  CLEAN_PROMPT,
  KEY_BODY_PART,
  NOTES_WITH_KEY,
  PRIVATE_KEY,
  RISKY_PROMPT,
  RISKY_REDACTED,
  SECRET_PART,
} from './test-data';

/** Long enough for any held submit or async enforcement to have reached the page. */
const SETTLE_MS = 1500;
const COLLECTOR_TIMEOUT_MS = 30_000;

export function defineModeSuite(mode: Mode): void {
  const managed = canWritePolicy();
  test.describe.serial(`capture in ${mode} mode (${managed ? 'managed policy file' : 'local options: not root'})`, () => {
    let session: ExtensionSession;
    let collector: TestCollector | undefined;
    test.beforeAll(async () => {
      test.setTimeout(90_000);
      if (mode === 'monitor') {
        collector = await TestCollector.create();
        await collector.start();
      }
      const sync = collector ? { collectorUrl: collector.url, enrollmentToken: collector.token } : {};
      session = await ExtensionSession.launch({ mode, noticeUrl: 'https://intranet.example.com/ai-policy', ...sync }, { managed });
    });
    test.afterAll(async () => {
      await session?.close();
      await collector?.stop();
      collector?.dispose();
    });

    const events = (site: SiteSpec, triggers: readonly string[]) => () =>
      session.events().then((all) => all.filter((e) => e.site === site.key && triggers.includes(e.trigger)));

    for (const site of SITES) {
      test(`${site.key}: a prompt with AWS keys and an e-mail (${site.submitBy})`, async () => {
        const chat = await SitePage.open(session.context, site);
        const dialog = new SightlineDialog(chat.page);
        await chat.type(RISKY_PROMPT);
        await chat.submit();
        const submitted = events(site, ['enter', 'send-button']);
        switch (mode) {
          case 'monitor': {
            await expect.poll(() => chat.sentOnWire()).toEqual([RISKY_PROMPT]);
            await expect.poll(submitted).toEqual([
              expect.objectContaining({ action: 'monitor', findings: expect.arrayContaining([expect.objectContaining({ type: 'secret.aws_access_key' })]) }),
            ]);
            const [event] = await submitted();
            // The finding reaches the collector the policy names (uid = the local event's id).
            await expect
              .poll(async () => (await session.flushOutbox(), collector!.findingUids()), { timeout: COLLECTOR_TIMEOUT_MS })
              .toContain(event!.id);
            break;
          }
          case 'block':
            await expect(dialog.host).toBeVisible();
            expect(await dialog.text()).toContain('was not sent');
            expect(await dialog.text()).not.toContain(SECRET_PART);
            expect(await dialog.linkHref()).toBe('https://intranet.example.com/ai-policy');
            await chat.page.waitForTimeout(SETTLE_MS);
            expect(chat.sentOnWire()).toEqual([]);
            expect(await chat.sentByHandler()).toEqual([]);
            await expect.poll(submitted).toEqual([expect.objectContaining({ action: 'block' })]);
            await dialog.click('Close');
            await expect(dialog.host).toHaveCount(0);
            break;
          case 'redact':
            await expect.poll(() => chat.sentOnWire()).toEqual([RISKY_REDACTED]);
            expect(await chat.sentByHandler()).toEqual([RISKY_REDACTED]);
            await expect.poll(submitted).toEqual([expect.objectContaining({ action: 'redact' })]);
            break;
          case 'warn':
            await expect(dialog.host).toBeVisible();
            expect(await dialog.role()).toBe('alertdialog');
            expect(await dialog.text()).toContain('Aws access key');
            expect(await dialog.text()).not.toContain(SECRET_PART);
            await chat.page.waitForTimeout(SETTLE_MS);
            expect(chat.sentOnWire()).toEqual([]); // held until the user chooses
            await dialog.click('Send anyway');
            await expect.poll(() => chat.sentOnWire()).toEqual([RISKY_PROMPT]);
            await expect.poll(submitted).toEqual([expect.objectContaining({ action: 'warn', choice: 'send-anyway' })]);
            break;
        }
        await chat.page.close();
      });

      test(`${site.key}: a clean prompt reaches the page's own send handler unchanged`, async () => {
        const chat = await SitePage.open(session.context, site);
        await chat.type(CLEAN_PROMPT);
        await chat.submit(site.submitBy === 'enter' ? 'click' : 'enter');
        await expect.poll(() => chat.sentByHandler()).toEqual([CLEAN_PROMPT]);
        await expect.poll(() => chat.sentOnWire()).toEqual([CLEAN_PROMPT]);
        await expect(new SightlineDialog(chat.page).host).toHaveCount(0);
        await chat.page.close();
      });

      test(`${site.key}: a pasted private key`, async () => {
        const chat = await SitePage.open(session.context, site);
        const dialog = new SightlineDialog(chat.page);
        await chat.paste(PRIVATE_KEY);
        if (mode === 'monitor') {
          await expect.poll(() => chat.composerText()).toContain(KEY_BODY_PART);
        } else if (mode === 'redact') {
          await expect.poll(() => chat.composerText()).toContain('[PRIVATE_KEY_1]');
          expect(await chat.composerText()).not.toContain(KEY_BODY_PART);
        } else {
          await expect(dialog.host).toBeVisible();
          expect(await chat.composerText()).not.toContain(KEY_BODY_PART);
          await dialog.click(mode === 'warn' ? 'Redact and paste' : 'Close');
          if (mode === 'warn') await expect.poll(() => chat.composerText()).toContain('[PRIVATE_KEY_1]');
        }
        await expect.poll(events(site, ['paste'])).toEqual([expect.objectContaining({ findings: [{ type: 'secret.private_key', count: 1 }] })]);
        await chat.page.close();
      });

      test(`${site.key}: an uploaded CSV with card numbers`, async () => {
        const chat = await SitePage.open(session.context, site);
        await chat.upload('customers.csv', 'text/csv', CARDS_CSV);
        await expectFileEnforced(mode, chat, 'input', CARDS_CSV, CARD_NUMBER, '[CARD_1]');
        await expect.poll(events(site, ['file-upload'])).toEqual([
          expect.objectContaining({ file: { name: 'customers.csv', type: 'text/csv', size: CARDS_CSV.length } }),
        ]);
        await chat.page.close();
      });

      test(`${site.key}: a text file dragged onto the composer`, async () => {
        const chat = await SitePage.open(session.context, site);
        await chat.dropFile('notes.txt', NOTES_WITH_KEY);
        await expectFileEnforced(mode, chat, 'drop', NOTES_WITH_KEY, SECRET_PART, '[AWS_SECRET_KEY_1]');
        await expect.poll(events(site, ['drop'])).toEqual([
          expect.objectContaining({ file: { name: 'notes.txt', type: 'text/plain', size: NOTES_WITH_KEY.length } }),
        ]);
        await chat.page.close();
      });
    }
  });
}

/** What the page's own upload handler got for a flagged text file, per mode. */
async function expectFileEnforced(mode: Mode, chat: SitePage, via: 'input' | 'drop', original: string, secret: string, placeholder: string) {
  const dialog = new SightlineDialog(chat.page);
  if (mode === 'warn') {
    await expect(dialog.host).toBeVisible();
    expect(await chat.uploads(via)).toEqual([]); // held until the user chooses
    await dialog.click('Redact and upload');
  }
  if (mode === 'block') {
    await expect(dialog.host).toBeVisible();
    expect(await dialog.text()).toContain('was not uploaded');
    await chat.page.waitForTimeout(SETTLE_MS);
    expect(await chat.uploads(via)).toEqual([]);
    await dialog.click('Close');
  } else if (mode === 'monitor') {
    await expect.poll(() => chat.uploads(via)).toEqual([{ name: expect.any(String), text: original }]);
  } else {
    await expect.poll(() => chat.uploads(via)).toHaveLength(1);
    const [upload] = await chat.uploads(via);
    expect(upload!.text).toContain(placeholder);
    expect(upload!.text).not.toContain(secret);
  }
}
