/**
 * Group commit on the calling thread, for databases a second thread cannot open (`:memory:`).
 * Batches that arrive in the same event-loop turn share one transaction; each still commits whole
 * or not at all, and if the shared transaction fails, every batch in it fails and its client
 * retries. File databases do the same in the writer thread (`sqlite-writer-worker.ts`).
 */
import type { InsertResult, StoredEventInput } from './storage';

export interface PendingInsert {
  readonly tenantId: string;
  readonly installId: string;
  readonly events: readonly StoredEventInput[];
  readonly receivedAt: number;
}

export interface GroupCommit {
  insert(insert: PendingInsert): Promise<InsertResult>;
  /** Resolves once the inserts already requested are committed (or failed). */
  close(): Promise<void>;
}

export function groupCommit(commit: (group: readonly PendingInsert[]) => InsertResult[]): GroupCommit {
  let pending: { insert: PendingInsert; resolve: (r: InsertResult) => void; reject: (e: unknown) => void }[] = [];
  let flushed: Promise<void> = Promise.resolve();
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
  return {
    insert: (insert) => new Promise<InsertResult>((resolve, reject) => {
      pending.push({ insert, resolve, reject });
      if (pending.length === 1) flushed = new Promise((done) => setImmediate(() => done(flush())));
    }),
    close: () => flushed,
  };
}
