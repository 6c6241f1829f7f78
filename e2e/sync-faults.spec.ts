/**
 * Issue 7's fault e2e: flagged events go to the outbox first and reach the real collector exactly
 * once, whatever fails in between (collector down, browser killed, collector killed mid-batch).
 */
import { expect, test } from '@playwright/test';
import { ChatGptPage } from './pages/chatgpt-page';
import { CLEAN_PROMPT, RISKY_PROMPT } from './pages/test-data';
import { SyncBrowser, TestCollector, until } from './collector';

const sorted = (ids: readonly string[]) => [...ids].sort();

let collector: TestCollector;
let browser: SyncBrowser;

test.beforeEach(async () => {
  collector = await TestCollector.create();
  browser = await SyncBrowser.launch();
  // Monitor mode: flagged prompts go out without a dialog, and are still findings.
  await browser.setOptions({ mode: 'monitor', collectorUrl: collector.url, enrollmentToken: collector.token });
  await until(async () => (await browser.status()) !== null, 15_000);
});

test.afterEach(async () => {
  await browser?.close();
  await collector?.stop();
  collector?.dispose();
});

/** Flushes (forgetting backoff waits, which these tests do not measure) until the outbox is empty. */
async function drain(timeoutMs: number): Promise<void> {
  await until(async () => (await browser.flushNow(true)) === 'drained' && (await browser.status())?.queued === 0, timeoutMs, 500);
}

/** Every flagged capture is stored once; `unflagged` local events must not be. */
async function expectExactlyOnce(unflagged: readonly string[] = []): Promise<void> {
  const local = (await browser.localEventIds()).filter((id) => !unflagged.includes(id));
  const stored = collector.findingUids();
  expect(stored.length).toBe(new Set(stored).size);
  expect(sorted(stored)).toEqual(sorted(local));
  expect((await browser.status())?.deadLettered).toBe(0);
}

test('500 flagged prompts captured while the collector is down all arrive exactly once', async () => {
  test.setTimeout(120_000);
  const chat = new ChatGptPage(await browser.context.newPage());
  await chat.open();
  // A clean prompt is recorded locally but never queued.
  await chat.type(CLEAN_PROMPT);
  await chat.submitWithEnter();
  await until(async () => (await browser.localEventIds()).length === 1, 10_000);
  const clean = await browser.localEventIds();
  for (let i = 0; i < 5; i++) {
    await chat.type(`${RISKY_PROMPT} #${i}`);
    await chat.submitWithEnter();
    await expect.poll(() => chat.sentPrompts()).toHaveLength(i + 2);
  }
  await until(async () => (await browser.localEventIds()).length === 6, 10_000);
  expect(await browser.captureBulk(495)).toBe(495);
  expect(await browser.localEventIds()).toHaveLength(501);
  // Heartbeat and the 500 findings wait in the outbox; nothing reached the collector.
  expect((await browser.status())?.queued).toBeGreaterThanOrEqual(500);
  expect(collector.findingUids()).toEqual([]);

  await collector.start();
  await drain(60_000);
  expect(collector.findingUids()).toHaveLength(500);
  await expectExactlyOnce(clean);
});

test('a browser killed with events in the outbox loses none of them', async () => {
  test.setTimeout(120_000);
  expect(await browser.captureBulk(200)).toBe(200);
  const before = (await browser.status())!.queued;
  expect(before).toBeGreaterThanOrEqual(200);

  await browser.kill();
  await browser.relaunch();
  await until(async () => (await browser.status()) !== null, 15_000);
  expect((await browser.status())!.queued).toBeGreaterThanOrEqual(before);

  await collector.start();
  await drain(60_000);
  expect(collector.findingUids()).toHaveLength(200);
  await expectExactlyOnce();
});

test('a collector killed mid-batch: after its restart, no loss and no duplicates', async () => {
  test.setTimeout(150_000);
  const total = 3_000;
  expect(await browser.captureBulk(total)).toBe(total);
  await collector.start();
  await browser.kickFlush();
  await until(() => collector.findingUids().length >= 300, 30_000, 20);
  await collector.kill(); // SIGKILL while the backlog drains
  const atKill = collector.findingUids().length;
  expect(atKill).toBeLessThan(total);
  expect((await browser.status())!.queued).toBeGreaterThan(0);

  await collector.start();
  await drain(60_000);
  expect(collector.findingUids()).toHaveLength(total);
  await expectExactlyOnce();
});
