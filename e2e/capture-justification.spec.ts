/**
 * warn with `requireJustification`: "Send anyway" (and "Upload anyway") stay disabled until the
 * user writes why, and the reason is recorded with the event. The field is reached and filled
 * with the real mouse and keyboard, inside the dialog's closed shadow root.
 */
import { expect, test } from '@playwright/test';
import { ExtensionSession } from './pages/extension-session';
import { SightlineDialog } from './pages/sightline-dialog';
import { SitePage } from './pages/site-page';
import { SITES, type SiteKey } from './pages/site-table';
import { CARDS_CSV, RISKY_PROMPT } from './pages/test-data';

const site = (key: SiteKey) => SITES.find((s) => s.key === key)!;
const REASON = 'Rotating this key today, ticket SEC-142';

test.describe.serial('warn mode with a required justification', () => {
  let session: ExtensionSession;
  test.beforeAll(async () => {
    session = await ExtensionSession.launch({ mode: 'warn', requireJustification: true });
  });
  test.afterAll(async () => session?.close());

  test('a risky prompt is sent anyway only with a reason, which is recorded', async () => {
    const chat = await SitePage.open(session.context, site('chatgpt'));
    const dialog = new SightlineDialog(chat.page);
    await chat.type(RISKY_PROMPT);
    await chat.submit('enter');
    await expect(dialog.host).toBeVisible();
    expect(await dialog.text()).toContain('Why do you need to send this?');
    expect(await dialog.isDisabled('Send anyway')).toBe(true);
    await dialog.click('Send anyway'); // a disabled button: nothing happens
    await chat.page.waitForTimeout(500);
    expect(chat.sentOnWire()).toEqual([]);
    await dialog.justify(REASON);
    expect(await dialog.isDisabled('Send anyway')).toBe(false);
    await dialog.click('Send anyway');
    await expect.poll(() => chat.sentOnWire()).toEqual([RISKY_PROMPT]);
    await expect
      .poll(async () => (await session.events()).filter((e) => e.site === 'chatgpt'))
      .toEqual([expect.objectContaining({ trigger: 'enter', action: 'warn', choice: 'send-anyway', justification: REASON })]);
  });

  test('a flagged upload goes through unchanged only with a reason, which is recorded', async () => {
    const chat = await SitePage.open(session.context, site('deepseek'));
    const dialog = new SightlineDialog(chat.page);
    await chat.upload('customers.csv', 'text/csv', CARDS_CSV);
    await expect(dialog.host).toBeVisible();
    expect(await dialog.isDisabled('Upload anyway')).toBe(true);
    await dialog.justify(REASON);
    await dialog.click('Upload anyway');
    await expect.poll(() => chat.uploads()).toEqual([{ name: 'customers.csv', text: CARDS_CSV }]);
    await expect
      .poll(async () => (await session.events()).filter((e) => e.site === 'deepseek'))
      .toEqual([expect.objectContaining({ trigger: 'file-upload', action: 'warn', choice: 'send-anyway', justification: REASON })]);
  });
});
