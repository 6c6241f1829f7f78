/**
 * The capture matrix for one enforcement mode: every site, a risky typed prompt (AWS keys and an
 * e-mail, submitted by Enter or a real click), a clean prompt, a real clipboard paste of a
 * private key and a CSV upload with card numbers. One browser per mode, all sites inside it.
 */
import { expect, test } from '@playwright/test';
import { ExtensionSession, type Mode } from './extension-session';
import { SightlineDialog } from './sightline-dialog';
import { SitePage } from './site-page';
import { SITES } from './site-table';
import {
  CARD_NUMBER,
  CARDS_CSV,
  CLEAN_PROMPT,
  KEY_BODY_PART,
  PRIVATE_KEY,
  RISKY_PROMPT,
  RISKY_REDACTED,
  SECRET_PART,
} from './test-data';

/** Long enough for any held submit or async enforcement to have reached the page. */
const SETTLE_MS = 1500;

export function defineModeSuite(mode: Mode): void {
  test.describe.serial(`capture in ${mode} mode`, () => {
    let session: ExtensionSession;
    test.beforeAll(async () => {
      session = await ExtensionSession.launch({ mode });
    });
    test.afterAll(async () => session?.close());

    for (const site of SITES) {
      test(`${site.key}: a prompt with AWS keys and an e-mail (${site.submitBy})`, async () => {
        const chat = await SitePage.open(session.context, site);
        const dialog = new SightlineDialog(chat.page);
        await chat.type(RISKY_PROMPT);
        await chat.submit();
        const submits = ['enter', 'send-button'];
        const events = () => session.events().then((all) => all.filter((e) => e.site === site.key && submits.includes(e.trigger)));
        switch (mode) {
          case 'monitor':
            await expect.poll(() => chat.sentOnWire()).toEqual([RISKY_PROMPT]);
            await expect.poll(events).toEqual([expect.objectContaining({ action: 'monitor', findings: expect.arrayContaining([expect.objectContaining({ type: 'secret.aws_access_key' })]) })]);
            break;
          case 'block':
            await expect(dialog.host).toBeVisible();
            expect(await dialog.text()).toContain('was not sent');
            expect(await dialog.text()).not.toContain(SECRET_PART);
            await chat.page.waitForTimeout(SETTLE_MS);
            expect(chat.sentOnWire()).toEqual([]);
            expect(await chat.sentByHandler()).toEqual([]);
            await expect.poll(events).toEqual([expect.objectContaining({ action: 'block' })]);
            await dialog.click('Close');
            await expect(dialog.host).toHaveCount(0);
            break;
          case 'redact':
            await expect.poll(() => chat.sentOnWire()).toEqual([RISKY_REDACTED]);
            expect(await chat.sentByHandler()).toEqual([RISKY_REDACTED]);
            await expect.poll(events).toEqual([expect.objectContaining({ action: 'redact' })]);
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
            await expect.poll(events).toEqual([expect.objectContaining({ action: 'warn', choice: 'send-anyway' })]);
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
        await expect.poll(() => session.events().then((all) => all.filter((e) => e.site === site.key && e.trigger === 'paste'))).toEqual([
          expect.objectContaining({ findings: [{ type: 'secret.private_key', count: 1 }] }),
        ]);
        await chat.page.close();
      });

      test(`${site.key}: an uploaded CSV with card numbers`, async () => {
        const chat = await SitePage.open(session.context, site);
        const dialog = new SightlineDialog(chat.page);
        await chat.upload('customers.csv', 'text/csv', CARDS_CSV);
        if (mode === 'warn') {
          await expect(dialog.host).toBeVisible();
          await dialog.click('Redact and upload');
        }
        if (mode === 'block') {
          await expect(dialog.host).toBeVisible();
          await chat.page.waitForTimeout(SETTLE_MS);
          expect(await chat.uploads()).toEqual([]);
          await dialog.click('Close');
        } else if (mode === 'monitor') {
          await expect.poll(() => chat.uploads()).toEqual([{ name: 'customers.csv', text: CARDS_CSV }]);
        } else {
          await expect.poll(() => chat.uploads()).toHaveLength(1);
          const [upload] = await chat.uploads();
          expect(upload!.text).toContain('[CARD_1]');
          expect(upload!.text).not.toContain(CARD_NUMBER);
        }
        await expect.poll(() => session.events().then((all) => all.filter((e) => e.site === site.key && e.trigger === 'file-upload'))).toEqual([
          expect.objectContaining({ file: { name: 'customers.csv', type: 'text/csv', size: CARDS_CSV.length } }),
        ]);
        await chat.page.close();
      });
    }
  });
}
