import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { openSightlineDb, type SightlineDb } from '../store/db';
import { dropsRecord } from './outbox-event';
import { deadLetters, enqueue, outboxCounters, outboxSize, peekBatch, reportCounters, settle, type OutboxEvent } from './outbox-store';
import { EXAMPLE_DEVICE } from '../../../shared/events/ocsf/examples';

let dbCount = 0;
let db: SightlineDb | undefined;
afterEach(() => db?.close());
const open = async () => (db = await openSightlineDb(`outbox-${dbCount++}`));

const ev = (uid: string, priority = 3, size = 10): OutboxEvent => ({ uid, priority, body: JSON.stringify({ uid, pad: 'x'.repeat(size) }) });

describe('outbox store', () => {
  test('queues in order, ignores a second copy of the same uid, survives a reopen', async () => {
    const name = `outbox-${dbCount++}`;
    db = await openSightlineDb(name);
    expect(await enqueue(db, ev('a'), 1)).toBe('queued');
    expect(await enqueue(db, ev('b'), 2)).toBe('queued');
    expect(await enqueue(db, ev('a'), 3)).toBe('duplicate');
    db.close();
    db = await openSightlineDb(name); // a browser restart
    expect((await peekBatch(db, 10, 1e6)).map((r) => r.uid)).toEqual(['a', 'b']);
  });

  test.each([
    [10, 1e6, ['a', 'b', 'c']],
    [2, 1e6, ['a', 'b']],
    [10, 60, ['a', 'b']], // each body is 30 bytes
    [10, 1, ['a']], // always at least one row, or a large event would block the queue
  ])('a batch of at most %i rows and %i bytes holds %j', async (count, bytes, expected) => {
    const d = await open();
    for (const uid of ['a', 'b', 'c']) await enqueue(d, ev(uid), 0);
    expect((await peekBatch(d, count, bytes)).map((r) => r.uid)).toEqual(expected);
  });

  test('when full, drops the lowest severity first (oldest within it), or the newcomer if it ranks lower', async () => {
    const d = await open();
    for (const [uid, p] of [['low-old', 2], ['crit', 5], ['low-new', 2], ['med', 3]] as const) await enqueue(d, ev(uid, p), 0, 4);
    expect(await enqueue(d, ev('high', 4), 0, 4)).toBe('queued');
    expect(await enqueue(d, ev('info', 1), 0, 4)).toBe('dropped');
    expect(await enqueue(d, ev('high2', 4), 0, 4)).toBe('queued');
    expect((await peekBatch(d, 10, 1e6)).map((r) => r.uid).sort()).toEqual(['crit', 'high', 'high2', 'med']);
    expect((await outboxCounters(d)).dropped).toEqual({ 1: 1, 2: 2 });
    expect(await outboxSize(d)).toBe(4);
  });

  test('a queue with gaps is counted exactly before anything is dropped', async () => {
    const d = await open();
    for (const uid of ['a', 'b', 'c', 'd']) await enqueue(d, ev(uid), 0, 4);
    const [, b, c] = await peekBatch(d, 3, 1e6);
    await settle(d, [b!, c!], new Map(), 0); // oldest and newest key still 4 apart, 2 rows
    expect(await enqueue(d, ev('e'), 0, 4)).toBe('queued');
    expect((await peekBatch(d, 10, 1e6)).map((r) => r.uid)).toEqual(['a', 'd', 'e']);
    expect((await outboxCounters(d)).dropped).toEqual({});
  });

  test('settle deletes sent rows and moves refused ones to the dead-letter store', async () => {
    const d = await open();
    for (const uid of ['a', 'b', 'c']) await enqueue(d, ev(uid), 0);
    await settle(d, await peekBatch(d, 2, 1e6), new Map([[1, 'invalid']]), 7);
    expect((await peekBatch(d, 10, 1e6)).map((r) => r.uid)).toEqual(['c']);
    expect((await deadLetters(d)).map(({ uid, reason, at }) => ({ uid, reason, at }))).toEqual([{ uid: 'b', reason: 'invalid', at: 7 }]);
    expect((await outboxCounters(d)).deadLettered).toBe(1);
  });

  test('loss counters become one health record, queued and reset together', async () => {
    const d = await open();
    await enqueue(d, ev('a', 2), 0, 1);
    await enqueue(d, ev('b', 1), 0, 1); // dropped
    expect(await reportCounters(d, dropsRecord(EXAMPLE_DEVICE, 'h1', 5), 5)).toBe(true);
    expect(await reportCounters(d, dropsRecord(EXAMPLE_DEVICE, 'h2', 6), 6)).toBe(false);
    const rows = await peekBatch(d, 10, 1e6);
    expect(rows.map((r) => r.uid)).toEqual(['a', 'h1']);
    expect(JSON.parse(rows[1]?.body ?? '{}')).toMatchObject({
      class_uid: 0, status: 'outbox_drops', status_code: 'queue_full', unmapped: { sightline: { counters: { dropped_informational: 1, dead_lettered: 0 } } },
    });
  });
});
