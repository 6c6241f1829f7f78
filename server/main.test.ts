import { afterEach, expect, test } from 'vitest';
import { findingFor } from './test-support/in-process';
import { startCollector, type CollectorProcess } from './test-support/collector-process';

let collector: CollectorProcess | undefined;
afterEach(async () => { await collector?.kill().catch(() => undefined); });

test('npm run collector: enroll, send, graceful stop finishing the in-flight batch', async () => {
  // debug: the arrival of a request is logged (info logs it only when answered).
  collector = await startCollector({ env: { LOG_LEVEL: 'debug' } });
  const enrollmentToken = await collector.createTenant('acme');
  const enroll = await fetch(`${collector.url}/v1/enroll`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ enrollmentToken, installId: 'install-1', browser: 'chrome', extensionVersion: '0.2.0' }),
  });
  const { deviceToken } = (await enroll.json()) as { deviceToken: string };
  const events = Array.from({ length: 200 }, (_, i) => findingFor('install-1', `e${i}`));
  const inFlight = fetch(`${collector.url}/v1/events`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${deviceToken}` },
    body: JSON.stringify({ events }),
  });
  // SIGTERM once the collector has started on the batch: it must still be answered and stored.
  // (Before that, the request may be on an idle keep-alive socket the shutdown closes; the client
  // sees a network error and retries, which the outbox tests cover.)
  await until(() => collector?.logs.some((l) => l.includes('"url":"/v1/events"')) ?? false);
  const stopped = collector.stop();
  const res = await inFlight;
  expect([res.status, await res.json()]).toEqual([200, { accepted: 200, duplicates: 0, rejected: [] }]);
  expect(await stopped).toBe(0);
  expect(collector.logs.join('\n')).toContain('stopped');
}, 30_000);

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1));
  if (!condition()) throw new Error('condition not met');
}
