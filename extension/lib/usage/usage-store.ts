/**
 * Daily usage counters in IndexedDB (store `usage`, one row per local day and AI app; the row and
 * its example are documented in shared/events/usage/usage-counts.ts). Each function is one
 * transaction with no other `await` inside, as idb requires.
 */
import { localDay } from '../../../shared/events/usage/local-day';
import { countCapture, isDayOver, type UsageCapture, type UsageRow } from '../../../shared/events/usage/usage-counts';
import type { SightlineDb } from '../store/db';

/**
 * Rows are deleted once summarised; without a collector nothing summarises them, so rows older
 * than this go when a new day starts. A month covers a laptop left closed over the holidays.
 */
export const USAGE_KEEP_DAYS = 35;
const DAY_MS = 86_400_000;

export async function countUsage(db: SightlineDb, capture: UsageCapture): Promise<void> {
  const day = localDay(capture.capturedAt);
  const tx = db.transaction('usage', 'readwrite');
  const current = await tx.store.get([day.key, capture.app]);
  await tx.store.put(countCapture(current, capture, day));
  if (!current) {
    // The first capture of an app-day: forget days too old to ever be summarised.
    const oldest = localDay(capture.capturedAt - USAGE_KEEP_DAYS * DAY_MS).key;
    await tx.store.delete(IDBKeyRange.upperBound([oldest], true));
  }
  await tx.done;
}

/** Rows whose day is over on this clock, oldest first. */
export async function finishedDays(db: SightlineDb, now: number): Promise<UsageRow[]> {
  return (await db.getAll('usage')).filter((row) => isDayOver(row, now));
}

export async function forgetDays(db: SightlineDb, rows: readonly UsageRow[]): Promise<void> {
  const tx = db.transaction('usage', 'readwrite');
  await Promise.all([...rows.map((row) => tx.store.delete([row.day, row.app])), tx.done]);
}
