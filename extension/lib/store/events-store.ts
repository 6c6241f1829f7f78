import type { CapturedEvent } from '../../../shared/events/captured-event';
import type { SightlineDb } from './db';

export async function addEvent(db: SightlineDb, event: CapturedEvent): Promise<void> {
  await db.add('events', event);
}

/** Newest first. */
export async function recentEvents(db: SightlineDb, limit: number): Promise<CapturedEvent[]> {
  const events: CapturedEvent[] = [];
  let cursor = await db.transaction('events').store.index('by-captured-at').openCursor(null, 'prev');
  while (cursor && events.length < limit) {
    events.push(cursor.value);
    cursor = await cursor.continue();
  }
  return events;
}
