/**
 * The outbox: every event is written here before any network call, and deleted only after the
 * collector answered 2xx. Each function is one IndexedDB transaction with no other `await` inside
 * (idb: a transaction auto-commits when control returns to the event loop without a pending
 * request).
 */
import type { SightlineDb } from '../store/db';
import type { DeadLetterRow, OutboxCounters, OutboxRow } from './outbox-types';

/** The default bound: ~50 MB at ~1 KB per event, days of heavy use offline. */
export const DEFAULT_OUTBOX_MAX_EVENTS = 50_000;
/** Dead letters are kept for support, not forever. */
export const DEAD_LETTER_MAX = 1_000;

const COUNTERS_KEY = 'counters';
const EMPTY_COUNTERS: OutboxCounters = { key: COUNTERS_KEY, dropped: {}, deadLettered: 0 };
const encoder = new TextEncoder();

export interface OutboxEvent {
  readonly uid: string;
  readonly priority: number;
  readonly body: string;
}

export type EnqueueResult = 'queued' | 'duplicate' | 'dropped';

/**
 * Queues one event. When the queue is full the lowest-priority, oldest row is dropped, unless the
 * new event ranks lower still; either way the drop is counted by severity.
 */
export async function enqueue(db: SightlineDb, event: OutboxEvent, now: number, maxEvents = DEFAULT_OUTBOX_MAX_EVENTS): Promise<EnqueueResult> {
  const tx = db.transaction(['outbox', 'sync-state'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  if ((await outbox.index('by-uid').getKey(event.uid)) !== undefined) {
    await tx.done;
    return 'duplicate';
  }
  const dropped: number[] = [];
  let size = await sizeAtMost(outbox);
  if (size >= maxEvents) size = await outbox.count();
  let keepNew = true;
  while (size >= maxEvents) {
    const lowest = await outbox.index('by-priority').openCursor();
    if (!lowest || lowest.value.priority > event.priority) {
      keepNew = false;
      dropped.push(event.priority);
      break;
    }
    dropped.push(lowest.value.priority);
    await lowest.delete();
    size--;
  }
  if (keepNew) await outbox.add({ uid: event.uid, priority: event.priority, body: event.body, bytes: encoder.encode(event.body).length, enqueuedAt: now });
  if (dropped.length) {
    const state = tx.objectStore('sync-state');
    const counters = await readCounters(state);
    const byPriority = { ...counters.dropped };
    for (const p of dropped) byPriority[p] = (byPriority[p] ?? 0) + 1;
    await state.put({ ...counters, dropped: byPriority });
  }
  await tx.done;
  return keepNew ? 'queued' : 'dropped';
}

/** Oldest first, at most `maxCount` rows and `maxBytes` of bodies (always at least one row). */
export async function peekBatch(db: SightlineDb, maxCount: number, maxBytes: number): Promise<OutboxRow[]> {
  const rows = await db.getAll('outbox', undefined, maxCount);
  let bytes = 0;
  const batch: OutboxRow[] = [];
  for (const row of rows) {
    if (batch.length > 0 && bytes + row.bytes > maxBytes) break;
    batch.push(row);
    bytes += row.bytes;
  }
  return batch;
}

/** After a 2xx: delete what was sent, move what the collector refused to the dead-letter store. */
export async function settle(db: SightlineDb, sent: readonly OutboxRow[], refused: ReadonlyMap<number, string>, now: number): Promise<void> {
  const tx = db.transaction(['outbox', 'outbox-dead', 'sync-state'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const dead = tx.objectStore('outbox-dead');
  for (const [i, row] of sent.entries()) {
    if (row.seq !== undefined) await outbox.delete(row.seq);
    const reason = refused.get(i);
    if (reason !== undefined) await dead.put({ uid: row.uid, body: row.body, reason, at: now });
  }
  if (refused.size) {
    let excess = (await dead.count()) - DEAD_LETTER_MAX;
    for (let cursor = await dead.openCursor(); cursor && excess > 0; cursor = await cursor.continue(), excess--) await cursor.delete();
    const state = tx.objectStore('sync-state');
    const counters = await readCounters(state);
    await state.put({ ...counters, deadLettered: counters.deadLettered + refused.size });
  }
  await tx.done;
}

export function outboxSize(db: SightlineDb): Promise<number> {
  return db.count('outbox');
}

export function deadLetters(db: SightlineDb): Promise<DeadLetterRow[]> {
  return db.getAll('outbox-dead');
}

/**
 * Reads and resets the loss counters, and queues `build(counters)` (a health record) in the same
 * transaction, so a report is neither lost nor sent twice if the worker dies in between.
 * `build` must be synchronous: nothing but IndexedDB may be awaited inside a transaction.
 */
export async function reportCounters(db: SightlineDb, build: (counters: OutboxCounters) => OutboxEvent | null, now: number): Promise<boolean> {
  const tx = db.transaction(['outbox', 'sync-state'], 'readwrite');
  const state = tx.objectStore('sync-state');
  const counters = await readCounters(state);
  const event = Object.keys(counters.dropped).length || counters.deadLettered ? build(counters) : null;
  if (event) {
    await tx.objectStore('outbox').add({ uid: event.uid, priority: event.priority, body: event.body, bytes: encoder.encode(event.body).length, enqueuedAt: now });
    await state.put(EMPTY_COUNTERS);
  }
  await tx.done;
  return event !== null;
}

export async function outboxCounters(db: SightlineDb): Promise<OutboxCounters> {
  const value = await db.get('sync-state', COUNTERS_KEY);
  return value?.key === COUNTERS_KEY ? value : EMPTY_COUNTERS;
}

/**
 * Keys are auto-incremented, so newest − oldest + 1 bounds the row count from above in two key
 * lookups. Chromium's IndexedDB `count()` walks every row: with 10,000 queued it dominated the
 * cost of each capture, so the exact count runs only when the bound says the queue may be full.
 */
async function sizeAtMost(outbox: { openKeyCursor(query?: null, direction?: IDBCursorDirection): Promise<{ key: number } | null> }): Promise<number> {
  const oldest = await outbox.openKeyCursor();
  if (!oldest) return 0;
  const newest = await outbox.openKeyCursor(null, 'prev');
  return (newest?.key ?? oldest.key) - oldest.key + 1;
}

async function readCounters(store: { get(key: string): Promise<unknown> }): Promise<OutboxCounters> {
  const value = (await store.get(COUNTERS_KEY)) as OutboxCounters | undefined;
  return value ?? EMPTY_COUNTERS;
}
