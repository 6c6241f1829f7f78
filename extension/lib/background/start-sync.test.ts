import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SightlineEvent } from '../../../shared/events/ocsf/events';
import { EXAMPLE_DEVICE } from '../../../shared/events/ocsf/examples';
import { DEFAULT_POLICY, type Policy } from '../../../shared/policy/policy';
import type { EffectivePolicy } from '../../../shared/policy/resolve';
import type { PolicyListener, PolicyService } from '../policy/policy-service';
import { openSightlineDb, type SightlineDb } from '../store/db';
import { SYNC_ALARM } from '../sync/schedule';
import type { SyncClient } from '../sync/sync-client';
import type { SyncEnv } from '../sync/sync-env';
import type { SyncConfig } from '../sync/sync-types';
import { countUsage } from '../usage/usage-store';
import { startSync } from './start-sync';

const HOUR = 3_600_000;
const T10 = Date.UTC(2026, 10, 27, 10, 0, 5);
const CONFIGURED: Policy = { ...DEFAULT_POLICY, collectorUrl: 'https://collector.example', enrollmentToken: 'sle_token' };

/** What one browser keeps across worker restarts (alarms, storage.local, IndexedDB), and a clock. */
interface Browser {
  readonly alarms: Map<string, { periodInMinutes: number; delayInMinutes?: number }>;
  readonly storage: Map<string, unknown>;
  now: number;
  db: SightlineDb;
}
/** One worker's view: its listeners die with it, the browser's state does not. */
interface Worker {
  readonly created: { name: string; periodInMinutes: number; delayInMinutes?: number }[];
  readonly alarmListeners: ((alarm: { name: string }) => void)[];
  readonly onlineListeners: (() => void)[];
  readonly clients: { config: SyncConfig; recorded: SightlineEvent[]; flushes: number }[];
  readonly policyListeners: PolicyListener[];
  readonly wiring: ReturnType<typeof startSync>;
}

let dbCount = 0;
let browser: Browser;
beforeEach(async () => {
  browser = { alarms: new Map(), storage: new Map(), now: T10, db: await openSightlineDb(`start-sync-${dbCount++}`) };
});
afterEach(() => browser.db.close());

function startWorker(values: Policy = CONFIGURED): Worker {
  const w: Omit<Worker, 'wiring'> = { created: [], alarmListeners: [], onlineListeners: [], clients: [], policyListeners: [] };
  const effective = { values, sources: {}, issues: [], managed: false } as unknown as EffectivePolicy;
  const policy: PolicyService = {
    current: async () => effective, refresh: async () => effective, onChange: (l) => void w.policyListeners.push(l),
  };
  const env: SyncEnv = {
    alarms: {
      create: (name, info) => {
        w.created.push({ name, ...info });
        browser.alarms.set(name, info);
      },
      onAlarm: { addListener: (l) => void w.alarmListeners.push(l) },
    },
    onOnline: (l) => void w.onlineListeners.push(l),
    storage: {
      get: async (keys) => Object.fromEntries(keys.filter((k) => browser.storage.has(k)).map((k) => [k, browser.storage.get(k)])),
      set: async (items) => void Object.entries(items).forEach(([k, v]) => browser.storage.set(k, v)),
    },
    now: () => browser.now,
    deviceFor: async () => EXAMPLE_DEVICE,
    createClient: (config) => {
      const client = { config, recorded: [] as SightlineEvent[], flushes: 0 };
      w.clients.push(client);
      const fake: SyncClient = {
        record: async (event) => (client.recorded.push(event), 'queued'),
        flush: async () => (client.flushes++, 'drained'),
        reportLosses: async () => false,
        status: async () => ({ enrolled: true, revoked: false, queued: 0, deadLettered: 0, lastSuccessAt: null, lastError: null }),
      };
      return fake;
    },
  };
  return { ...w, wiring: startSync(policy, async () => browser.db, env) };
}

const flushes = (w: Worker) => w.clients.reduce((n, c) => n + c.flushes, 0);
const recorded = (w: Worker, kind: string) => w.clients.flatMap((c) => c.recorded).filter((e) => (e.unmapped.sightline as { kind: string }).kind === kind);
/** Lets the start-up flush (and anything it awaits) finish. */
const started = async (w: Worker, expectedFlushes = 1) => vi.waitFor(() => expect(flushes(w)).toBe(expectedFlushes));

describe('startSync', () => {
  test('creates the ≥ 30 s sync alarm at every worker start, even when the browser dropped it', async () => {
    const first = startWorker();
    expect(first.created).toEqual([{ name: SYNC_ALARM, periodInMinutes: 0.5, delayInMinutes: 0.5 }]);
    await started(first);
    browser.alarms.clear(); // e.g. dropped on an extension update; the next worker must not rely on it
    const second = startWorker();
    expect(second.created).toEqual([{ name: SYNC_ALARM, periodInMinutes: 0.5, delayInMinutes: 0.5 }]);
    expect([...browser.alarms.keys()]).toEqual([SYNC_ALARM]);
    await started(second);
  });

  test('flushes at start, on its alarm (not on others) and when connectivity returns', async () => {
    const w = startWorker();
    await started(w);
    for (const l of w.alarmListeners) l({ name: 'someone-else' });
    for (const l of w.alarmListeners) l({ name: SYNC_ALARM });
    await vi.waitFor(() => expect(flushes(w)).toBe(2));
    for (const l of w.onlineListeners) l();
    await vi.waitFor(() => expect(flushes(w)).toBe(3));
    expect(w.clients).toHaveLength(1); // one client for unchanged settings
    expect(w.clients[0]?.config).toMatchObject({ collectorUrl: 'https://collector.example', enrollmentToken: 'sle_token', installId: EXAMPLE_DEVICE.installId });
  });

  test('queues a device_status heartbeat at most once per UTC hour, across worker restarts too', async () => {
    const beats = (w: Worker) => recorded(w, 'device_status').map((e) => e.metadata.uid);
    const hour = (h: number) => `status:${EXAMPLE_DEVICE.installId}:${Date.UTC(2026, 10, 27, h)}`;
    const alarm = async (w: Worker, now: number) => {
      browser.now = now;
      const before = flushes(w);
      for (const l of w.alarmListeners) l({ name: SYNC_ALARM });
      await vi.waitFor(() => expect(flushes(w)).toBe(before + 1));
    };
    const first = startWorker(); // 10:00:05
    await started(first);
    await alarm(first, T10 + 30 * 60_000);
    expect(beats(first)).toEqual([hour(10)]);

    browser.now = T10 + HOUR - 10_000; // 10:59:55: the worker was evicted, a new one starts and ticks
    const second = startWorker();
    await started(second);
    await alarm(second, T10 + HOUR); // 11:00:05
    await alarm(second, T10 + HOUR + 20 * 60_000);
    await alarm(second, T10 + 2 * HOUR);
    expect(beats(second)).toEqual([hour(11), hour(12)]);
  });

  test('queues one usage summary per app for each finished local day, then no more', async () => {
    const yesterday = T10 - 24 * HOUR;
    for (const app of ['chatgpt', 'chatgpt', 'gemini']) {
      await countUsage(browser.db, { app, host: `${app}.example`, capturedAt: yesterday, trigger: 'enter', hasFile: false, flagged: false });
    }
    await countUsage(browser.db, { app: 'chatgpt', host: 'chatgpt.example', capturedAt: T10, trigger: 'enter', hasFile: false, flagged: false });
    const w = startWorker();
    await started(w);
    for (const l of w.alarmListeners) l({ name: SYNC_ALARM });
    await vi.waitFor(() => expect(flushes(w)).toBe(2));
    expect(recorded(w, 'usage_summary').map((e) => [e.metadata.uid.split(':').slice(2).join(':'), 'count' in e ? e.count : 0])).toEqual([
      [`chatgpt:${new Date(yesterday).toLocaleDateString('sv')}`, 2], [`gemini:${new Date(yesterday).toLocaleDateString('sv')}`, 1],
    ]);
    for (const l of w.alarmListeners) l({ name: SYNC_ALARM });
    await vi.waitFor(() => expect(flushes(w)).toBe(3));
    expect(recorded(w, 'usage_summary')).toHaveLength(2); // today's counter waits for midnight
  });

  test('without a collector URL: no client, nothing queued, the alarm still set', async () => {
    const w = startWorker({ ...DEFAULT_POLICY });
    expect(w.created.map((a) => a.name)).toEqual([SYNC_ALARM]);
    for (const l of w.onlineListeners) l();
    await new Promise((r) => setTimeout(r, 20));
    expect(w.clients).toEqual([]);
  });
});
