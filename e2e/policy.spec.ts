import { expect, test } from './fixtures';
import { canWritePolicy, removeManagedPolicy, writeManagedPolicy } from './managed-policy';
import { OptionsPage } from './pages/options-page';
import { SightlineDialog } from './pages/sightline-dialog';
import { SitePage } from './pages/site-page';
import { SITES } from './pages/site-table';
import { RISKY_PROMPT, SECRET_PART } from './pages/test-data';

// Managed policy is machine-wide: these tests run one at a time, after every other spec.
test.describe.configure({ mode: 'serial' });
test.skip(!canWritePolicy(), 'Managed-policy tests write /etc/chromium/policies/managed and need root; skipped.');
test.afterEach(() => removeManagedPolicy());

const BASE_POLICY = {
  mode: 'block',
  flagThreshold: 40,
  enrollmentToken: 'enroll-secret-123',
  noticeUrl: 'https://intranet.example.com/ai-policy',
  blockedApps: ['blocked-ai.example', '*.forbidden-ai.example'],
};

test.describe('managed policy on Chromium', () => {
  test.beforeEach(() => writeManagedPolicy(BASE_POLICY));

  test('managed values arrive, are locked on the options page and the token is masked', async ({ context, extensionId }) => {
    const options = new OptionsPage(await context.newPage(), extensionId);
    await options.open();
    await expect.poll(async () => (await options.effectivePolicy()).values.mode).toBe('block');
    const policy = await options.effectivePolicy();
    expect(policy.managed).toBe(true);
    expect(policy.sources).toMatchObject({ mode: 'managed', flagThreshold: 'managed', blockedApps: 'managed', privacyMode: 'default' });
    expect(policy.values.enrollmentToken).not.toContain('enroll-secret');
    await options.page.reload();
    await expect(options.row('mode')).toHaveAttribute('data-source', 'managed');
    await expect(options.input('mode')).toBeDisabled();
    await expect(options.input('flagThreshold')).toBeDisabled();
    await expect(options.page.getByTestId('managed-banner')).toBeVisible();
    expect(await options.page.content()).not.toContain('enroll-secret');
  });

  test('a blocked app is refused with the explanation page', async ({ context, extensionId }) => {
    const options = new OptionsPage(await context.newPage(), extensionId);
    await options.open();
    await expect.poll(async () => (await options.effectivePolicy()).values.blockedApps).toEqual(BASE_POLICY.blockedApps);
    const page = await context.newPage();
    for (const url of ['https://blocked-ai.example/chat', 'https://app.forbidden-ai.example/']) {
      await page.goto(url).catch(() => undefined);
      await expect(page).toHaveURL(new RegExp(`^chrome-extension://${extensionId}/blocked\\.html`));
      await expect(page.getByTestId('blocked-title')).toBeVisible();
      await expect(page.getByTestId('notice-link')).toHaveAttribute('href', BASE_POLICY.noticeUrl);
    }
  });

  test('a live policy change applies without a restart; an invalid value is reported and the last valid one kept', async ({
    context,
    extensionId,
  }) => {
    const options = new OptionsPage(await context.newPage(), extensionId);
    await options.open();
    await expect.poll(async () => (await options.effectivePolicy()).values.mode).toBe('block');

    writeManagedPolicy({ ...BASE_POLICY, mode: 'redact' });
    await expect.poll(async () => (await options.effectivePolicy()).values.mode, { timeout: 45_000 }).toBe('redact');

    writeManagedPolicy({ ...BASE_POLICY, mode: 'shout', flagThreshold: 35 });
    await expect
      .poll(async () => (await options.effectivePolicy()).values.flagThreshold, { timeout: 45_000 })
      .toBe(35);
    const policy = await options.effectivePolicy();
    expect(policy.values.mode).toBe('redact');
    expect(policy.sources.mode).toBe('managed-last-valid');
    expect(policy.issues).toContainEqual(expect.objectContaining({ key: 'mode', message: expect.stringContaining('must be one of') }));
    await options.page.reload();
    await expect(options.issues).toContainText('mode');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('policy-problems')).toContainText('mode');
    await expect(popup.getByTestId('policy-mode')).toContainText('redact (set by your organisation)');
  });

  test('mode: block from managed policy stops a flagged prompt on ChatGPT', async ({ context, extensionId }) => {
    const options = new OptionsPage(await context.newPage(), extensionId);
    await options.open();
    await expect.poll(async () => (await options.effectivePolicy()).values.mode).toBe('block');
    const chatgpt = SITES.find((site) => site.key === 'chatgpt')!;
    const chat = await SitePage.open(context, chatgpt);
    const dialog = new SightlineDialog(chat.page);
    await chat.type(RISKY_PROMPT);
    await chat.submit('enter');
    await expect(dialog.host).toBeVisible();
    expect(await dialog.text()).toContain('was not sent');
    expect(await dialog.text()).not.toContain(SECRET_PART);
    await chat.page.waitForTimeout(1000);
    expect(chat.sentOnWire()).toEqual([]);
  });
});
