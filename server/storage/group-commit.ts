/**
 * Group commit for a synchronous database driver. Batches that arrive in the same event-loop turn
 * share one transaction, so one fsync (`synchronous = FULL`) covers several requests: measured on
 * the load benchmark, this more than doubled throughput. Every batch still commits whole or not at
 * all; if the shared transaction fails, every batch in it fails and its client retries.
 */
import type { InsertResult, StoredEventInput } from './storage';

export interface PendingInsert {
  readonly tenantId: string;
  readonly installId: string;
  readonly events: readonly StoredEventInput[];
  readonly receivedAt: number;
}

export function groupCommit(commit: (group: readonly PendingInsert[]) => InsertResult[]) {
  let pending: { insert: PendingInsert; resolve: (r: InsertResult) => void; reject: (e: unknown) => void }[] = [];
  const flush = () => {
    const group = pending;
    pending = [];
    try {
      const results = commit(group.map((p) => p.insert));
      group.forEach((p, i) => p.resolve(results[i] ?? { accepted: 0, duplicates: 0 }));
    } catch (error) {
      for (const p of group) p.reject(error);
    }
  };
  return (tenantId: string, installId: string, events: readonly StoredEventInput[], receivedAt: number) =>
    new Promise<InsertResult>((resolve, reject) => {
      pending.push({ insert: { tenantId, installId, events, receivedAt }, resolve, reject });
      if (pending.length === 1) setImmediate(flush);
    });
}
