/**
 * Backlog drain speed and rate limiting against the real collector: a 10,000-event backlog drains
 * in ≤ 60 s once the collector is reachable, and a 429's Retry-After is never cut short.
 */
import { expect, test } from '@playwright/test';
import { SyncBrowser, TestCollector, countingProxy, until } from './collector';

/** The figure: a backlog of 10,000 events drains within a minute. */
const DRAIN_BUDGET_MS = 60_000;

let collector: TestCollector;
let browser: SyncBrowser;

test.beforeEach(async () => {
  collector = await TestCollector.create();
  browser = await SyncBrowser.launch();
});

test.afterEach(async () => {
  await browser?.close();
  await collector?.stop();
  collector?.dispose();
});

test('a backlog of 10,000 flagged events drains within 60 s of the collector coming up', async () => {
  test.setTimeout(240_000);
  await browser.setOptions({ mode: 'monitor', collectorUrl: collector.url, enrollmentToken: collector.token });
  await until(async () => (await browser.status()) !== null, 15_000);
  const produced = Date.now();
  expect(await browser.captureBulk(10_000)).toBe(10_000);
  console.log(`[sync-drain] backlog of 10,000 produced in ${Date.now() - produced} ms`);
  expect((await browser.status())!.queued).toBeGreaterThanOrEqual(10_000);

  await collector.start();
  // The backoff wait left from the outage (≤ 30 s, plus up to one 30 s alarm) is not part of the
  // drain; it is forgotten once, then only the client's own flush loop runs.
  const started = Date.now();
  await browser.flushNow(true);
  await until(async () => (await browser.status())!.queued === 0 || ((await browser.flushNow()) === 'drained' && (await browser.status())!.queued === 0), DRAIN_BUDGET_MS, 500);
  const elapsed = Date.now() - started;
  console.log(`[sync-drain] 10,000 events drained in ${elapsed} ms`);
  expect(collector.findingUids()).toHaveLength(10_000);
  expect(elapsed).toBeLessThanOrEqual(DRAIN_BUDGET_MS);
});

test('429 with Retry-After: no request before it elapses, and everything arrives', async () => {
  test.setTimeout(120_000);
  const proxy = await countingProxy(() => collector.url);
  try {
    await browser.setOptions({ mode: 'monitor', collectorUrl: proxy.url, enrollmentToken: collector.token });
    await until(async () => (await browser.status()) !== null, 15_000);
    expect(await browser.captureBulk(600)).toBe(600);
    // 100 events/s with a 100-event burst: after the first 100-event batch, the next is refused.
    await collector.start({ DEVICE_EVENTS_PER_SECOND: '100', DEVICE_BURST_EVENTS: '100' });
    await browser.flushNow(true); // forget the outage's backoff once; from here on, plain flushes
    // Plain flushes, as the alarm would: they must respect the stored wait.
    await until(async () => (await browser.flushNow()) === 'drained' && (await browser.status())!.queued === 0, 60_000, 300);
    expect(collector.findingUids()).toHaveLength(600);

    const events = proxy.requests.filter((r) => r.path === '/v1/events' && r.status !== undefined);
    const limited = events.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    for (const r of limited) {
      expect(r.retryAfter).toMatch(/^\d+$/u);
      const next = events.find((e) => e.at >= r.answeredAt!);
      expect(next, 'a request after every 429').toBeDefined();
      expect(next!.at - r.answeredAt!).toBeGreaterThanOrEqual(Number(r.retryAfter) * 1_000);
    }
    console.log(`[sync-drain] ${limited.length} × 429; shortest gap after one: ${Math.min(...limited.map((r) => events.find((e) => e.at >= r.answeredAt!)!.at - r.answeredAt!))} ms`);
  } finally {
    await proxy.close();
  }
});
