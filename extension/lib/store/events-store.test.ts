import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { openDB } from 'idb';
import type { CapturedEvent } from '../../../shared/events/captured-event';
import { DB_VERSION, openSightlineDb, type SightlineDb } from './db';
import { addEvent, recentEvents } from './events-store';

let dbName = 0;
let open: SightlineDb | undefined;
afterEach(() => open?.close());

function event(id: string, capturedAt: number): CapturedEvent {
  return { id, site: 'chatgpt', host: 'chatgpt.com', capturedAt, length: 5, trigger: 'enter' };
}

describe('events store', () => {
  test('lists newest first, up to the limit', async () => {
    open = await openSightlineDb(`t${dbName++}`);
    for (const [id, at] of [['a', 1], ['c', 3], ['b', 2]] as const) await addEvent(open, event(id, at));
    expect((await recentEvents(open, 2)).map((e) => e.id)).toEqual(['c', 'b']);
    expect((await recentEvents(open, 10)).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  test('refuses a duplicate id instead of overwriting', async () => {
    open = await openSightlineDb(`t${dbName++}`);
    await addEvent(open, event('a', 1));
    await expect(addEvent(open, event('a', 2))).rejects.toThrow();
  });

  test('upgrades a database created by an older version without losing it', async () => {
    const name = `t${dbName++}`;
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('events', { keyPath: 'id' }).createIndex('by-captured-at', 'capturedAt');
      },
    });
    await old.add('events', event('kept', 7));
    old.close();
    open = await openSightlineDb(name);
    expect(open.version).toBe(DB_VERSION);
    expect((await recentEvents(open, 5)).map((e) => e.id)).toEqual(['kept']);
  });
});
