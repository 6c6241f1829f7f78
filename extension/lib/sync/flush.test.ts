import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { buildPromptFinding } from '../../../shared/events/ocsf/build-finding';
import { buildHealthRecord } from '../../../shared/events/ocsf/build-telemetry';
import { EXAMPLE_DEVICE, PLANTED, exampleFlaggedPrompt } from '../../../shared/events/ocsf/examples';
import type { PrivacyMode } from '../../../shared/events/ocsf/inputs';
import { outboxSize } from '../outbox/outbox-store';
import { openSightlineDb, type SightlineDb } from '../store/db';
import { fakeCollector, type FakeCollector } from './fake-collector';
import { gzip } from './gzip';
import { createSyncClient, type SyncClient } from './sync-client';
import { readSyncState } from './sync-state';
import type { SyncConfig } from './sync-types';

const config: SyncConfig = {
  collectorUrl: 'https://collector.test/', enrollmentToken: 'sle_x', installId: EXAMPLE_DEVICE.installId,
  browser: 'chrome', extensionVersion: '0.2.0', batchMaxEvents: 10,
};

let n = 0;
const opened: SightlineDb[] = [];
afterEach(() => { for (const d of opened.splice(0)) d.close(); });

interface World { name: string; collector: FakeCollector; sleeps: number[]; clock: { t: number }; client: (overrides?: Partial<SyncConfig>) => SyncClient }

function world(): World {
  const name = `sync-${n++}`;
  const collector = fakeCollector();
  const sleeps: number[] = [];
  const clock = { t: 1_795_809_438_991 };
  const client = (overrides: Partial<SyncConfig> = {}) => createSyncClient({ ...config, ...overrides }, {
    db: async () => { const d = await openSightlineDb(name); opened.push(d); return d; },
    fetch: collector.fetch, now: () => clock.t, random: () => 0.5, gzip, newId: () => `id-${n++}`,
    sleep: async (ms) => { sleeps.push(ms); clock.t += ms; },
  });
  return { name, collector, sleeps, clock, client };
}

const finding = (eventId: string, privacyMode: PrivacyMode = 'metadata') => buildPromptFinding(exampleFlaggedPrompt({ eventId, privacyMode }));
const ids = (count: number, prefix = 'e') => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

async function recordAll(client: SyncClient, eventIds: string[]): Promise<void> {
  for (const id of eventIds) await client.record(finding(id));
}

describe('sync', () => {
  test('an event is in IndexedDB before any request is made', async () => {
    const w = world();
    let queuedAtFirstCall = -1;
    const inner = w.collector.fetch;
    const db = await openSightlineDb(w.name);
    opened.push(db);
    const client = createSyncClient(config, {
      db: async () => db, now: () => 0, random: () => 0, sleep: async () => undefined, gzip, newId: () => 'x',
      fetch: async (url, init) => { if (queuedAtFirstCall < 0) queuedAtFirstCall = await outboxSize(db); return inner(url, init); },
    });
    await client.record(finding('e1'));
    await client.flush();
    expect(queuedAtFirstCall).toBe(1);
    expect([...w.collector.stored.keys()]).toEqual(['e1']);
    expect(await outboxSize(db)).toBe(0);
  });

  test('enrolls once, sends in bounded gzip batches, empties the outbox', async () => {
    const w = world();
    const client = w.client();
    await recordAll(client, ids(25));
    expect(await client.flush()).toBe('drained');
    expect(w.collector.stored.size).toBe(25);
    expect(w.collector.calls.filter((c) => c === '/v1/enroll')).toHaveLength(1);
    expect(await client.status()).toMatchObject({ enrolled: true, revoked: false, queued: 0, lastError: null });
  });

  test.each<[string, Parameters<FakeCollector['faults']['push']>[0][], number[]]>([
    ['429 with Retry-After', [{ status: 429, retryAfter: '3', body: { error: 'rate_limited' } }], [3_000]],
    ['502, 503, 504', [{ status: 502 }, { status: 503 }, { status: 504 }], [500, 1_000, 2_000]],
    ['a network error', ['network'], [500]],
  ])('retries after %s with backoff, then delivers everything once', async (_name, faults, expectedSleeps) => {
    const w = world();
    const client = w.client();
    w.collector.faults.push(...faults);
    await recordAll(client, ids(3));
    await client.flush();
    expect(w.sleeps).toEqual(expectedSleeps);
    expect([w.collector.stored.size, await outboxSize(await openSightlineDb(w.name))]).toEqual([3, 0]);
  });

  test('a long outage persists the backoff; the next scheduled flush waits, then delivers', async () => {
    const w = world();
    const client = w.client();
    w.collector.faults.push({ status: 503, retryAfter: '20' });
    await client.record(finding('e1'));
    expect(await client.flush()).toBe('backoff');
    expect(await client.flush()).toBe('waiting');
    w.clock.t += 20_000;
    expect(await client.flush()).toBe('drained');
    expect(w.collector.stored.size).toBe(1);
  });

  test('a clock set back by days does not stall sending', async () => {
    const w = world();
    const client = w.client();
    w.collector.faults.push({ status: 503, retryAfter: '20' });
    await client.record(finding('e1'));
    await client.flush();
    w.clock.t -= 3 * 86_400_000;
    expect(await client.flush()).toBe('drained');
  });

  test('worker evicted mid-send (response lost) and restarted: resent, stored exactly once', async () => {
    const w = world();
    w.collector.faults.push('lost-response', { status: 503, retryAfter: '60' });
    const first = w.client();
    await recordAll(first, ids(5));
    expect(await first.flush()).toBe('backoff');
    expect(w.collector.stored.size).toBeGreaterThan(0); // stored, but the worker never heard back
    const restarted = w.client(); // a new worker: nothing in memory, same IndexedDB
    w.clock.t += 60_000;
    expect(await restarted.flush()).toBe('drained');
    expect(w.collector.stored.size).toBe(5);
    expect(w.collector.calls.filter((c) => c === '/v1/events').length).toBeGreaterThanOrEqual(3);
  });

  test('413 splits the batch until it fits', async () => {
    const w = world();
    w.collector.maxBatch = 3;
    const client = w.client();
    await recordAll(client, ids(10));
    await client.flush();
    expect(w.collector.stored.size).toBe(10);
  });

  test('rejected events go to the dead-letter store and are reported', async () => {
    const w = world();
    w.collector.rejectUids.add('e1');
    const client = w.client();
    await recordAll(client, ids(3));
    await client.flush();
    expect((await client.status()).deadLettered).toBe(1);
    expect(await client.reportLosses()).toBe(true);
    await client.flush();
    const health = [...w.collector.stored.values()].find((e) => (e as { status?: string }).status === 'outbox_drops');
    expect(health).toMatchObject({ unmapped: { sightline: { counters: { dead_lettered: 1 } } } });
  });

  test('401 re-enrolls once and resends; a second 401 stops', async () => {
    const w = world();
    const client = w.client();
    await client.record(finding('e1'));
    await client.flush();
    w.collector.deviceToken = 'rotated-by-server';
    await client.record(finding('e2'));
    await client.flush();
    expect(w.collector.stored.has('e2')).toBe(true);
    expect(w.collector.calls.filter((c) => c === '/v1/enroll')).toHaveLength(2);
    w.collector.faults.push({ status: 401 }, { status: 401 });
    await client.record(finding('e3'));
    expect(await client.flush()).toBe('unauthorized');
  });

  test('403 device_revoked stops sending and is visible in the status', async () => {
    const w = world();
    const client = w.client();
    w.collector.faults.push({ status: 403, body: { error: 'device_revoked' } });
    await client.record(finding('e1'));
    expect(await client.flush()).toBe('revoked');
    const calls = w.collector.calls.length;
    await client.record(finding('e2'));
    expect(await client.flush()).toBe('revoked');
    expect(w.collector.calls.length).toBe(calls);
    expect(await client.status()).toMatchObject({ revoked: true, queued: 2 });
  });

  test('a wrong enrollment token is retried at most once per backoff period', async () => {
    const w = world();
    w.collector.enrollStatus = 401;
    const client = w.client();
    await client.record(finding('e1'));
    expect(await client.flush()).toBe('enrollment_refused');
    expect(await client.flush()).toBe('waiting');
    expect(w.collector.calls).toEqual(['/v1/enroll']);
    expect((await client.status()).lastError).toBe('enrollment_refused');
  });

  test('a revoked install refused at enrollment is revoked too', async () => {
    const w = world();
    w.collector.enrollStatus = 403;
    const client = w.client();
    await client.record(finding('e1'));
    expect(await client.flush()).toBe('revoked');
    expect((await readSyncState(await openSightlineDb(w.name))).revoked).toBe(true);
  });

  test.each<PrivacyMode>(['metadata', 'redacted'])('%s mode: no request body contains a detected raw value', async (privacyMode) => {
    const w = world();
    const client = w.client();
    await client.record(finding('p1', privacyMode));
    await client.record(buildPromptFinding(exampleFlaggedPrompt({
      eventId: 'p2', privacyMode, reasons: [`value ${PLANTED.email}`], redactedText: `leak ${PLANTED.awsKey}`,
    })));
    await client.record(buildHealthRecord({
      eventId: 'h1', time: 1, device: EXAMPLE_DEVICE, kind: 'policy_error', code: 'scan_failed', message: `failed on ${PLANTED.awsKey}`,
    }, [PLANTED.awsKey]));
    w.collector.rejectUids.add('p2');
    await client.flush();
    await client.reportLosses();
    await client.flush();
    expect(w.collector.bodies.length).toBeGreaterThanOrEqual(3);
    for (const body of w.collector.bodies) {
      expect(body).not.toContain(PLANTED.awsKey);
      expect(body).not.toContain(PLANTED.email);
    }
  });
});
