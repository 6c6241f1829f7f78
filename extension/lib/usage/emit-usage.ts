/**
 * Once a local day is over, each app's counters for it become one usage summary in the outbox,
 * then the counters go. The summary's id is deterministic (install, app, day), so a worker that
 * dies between the two steps queues the same summary again, which the outbox and the collector
 * both drop as a duplicate: at most one summary per app and day reaches the collector.
 */
import type { SightlineEvent } from '../../../shared/events/ocsf/events';
import type { DeviceContext } from '../../../shared/events/ocsf/inputs';
import { usageSummaryFor } from '../../../shared/events/usage/usage-summary';
import type { SightlineDb } from '../store/db';
import { finishedDays, forgetDays } from './usage-store';

/** Resolves with the number of summaries handed to `record`. */
export async function emitUsageSummaries(
  db: SightlineDb,
  record: (event: SightlineEvent) => Promise<unknown>,
  device: DeviceContext,
  now: number,
): Promise<number> {
  const rows = await finishedDays(db, now);
  for (const row of rows) await record(usageSummaryFor(row, device));
  if (rows.length) await forgetDays(db, rows);
  return rows.length;
}
