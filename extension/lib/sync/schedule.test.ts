import { expect, test } from 'vitest';
import { SYNC_ALARM, scheduleSync } from './schedule';
import { exposeSyncTestHooks, type SyncTestHooks } from './test-hooks';
import type { SyncClient } from './sync-client';

test('creates a ≥ 30 s alarm and flushes at start, on the alarm and when back online', async () => {
  const created: { name: string; periodInMinutes: number }[] = [];
  const listeners: ((alarm: { name: string }) => void)[] = [];
  let online: (() => void) | undefined;
  let flushes = 0;
  scheduleSync({
    alarms: { create: (name, info) => created.push({ name, ...info }), onAlarm: { addListener: (l) => listeners.push(l) } },
    onOnline: (l) => { online = l; },
    flush: async () => { flushes++; },
  });
  expect(created).toEqual([{ name: SYNC_ALARM, periodInMinutes: 0.5, delayInMinutes: 0.5 }]);
  expect(flushes).toBe(1);
  for (const l of listeners) l({ name: 'someone-else' });
  expect(flushes).toBe(1);
  for (const l of listeners) l({ name: SYNC_ALARM });
  online?.();
  expect(flushes).toBe(3);
});

test('test builds expose flushNow', () => {
  const target: { __sightlineSync?: SyncTestHooks } = {};
  const client = { flush: async () => 'drained', status: async () => ({}) } as unknown as SyncClient;
  exposeSyncTestHooks(target, client);
  expect(target.__sightlineSync?.flushNow).toBe(client.flush);
});
