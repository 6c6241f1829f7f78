/**
 * The event insert, shared by the writer thread (`sqlite-writer-worker.ts`, file databases) and
 * the inline path (`:memory:`, which a second thread cannot open). One transaction per group of
 * batches; in it, each batch is a few multi-row INSERTs and one `last_seen_at` update.
 * Plain module: no `import.meta`, so the writer thread can load it as CommonJS.
 */
import type Database from 'better-sqlite3';
import type { PendingInsert } from './group-commit';
import type { InsertResult } from './storage';

/**
 * Rows per multi-row INSERT: one statement of 100 rows is one call into the driver instead of
 * 100. A batch is cut into chunks of these sizes, so three prepared statements cover any batch.
 */
export const INSERT_CHUNKS = [100, 10, 1] as const;
const EVENT_COLUMNS = 7;
/** SQLite's default limit on bound parameters (SQLITE_MAX_VARIABLE_NUMBER, 32,766 since 3.32). */
const MAX_PARAMETERS = 32_766;
if (INSERT_CHUNKS[0] * EVENT_COLUMNS > MAX_PARAMETERS) throw new Error('INSERT_CHUNKS exceeds the SQLite parameter limit');

export type InsertGroup = (group: readonly PendingInsert[]) => InsertResult[];

export function prepareInsertGroup(db: Database.Database): InsertGroup {
  // Idempotent: a (tenant, uid) already stored is skipped, and `changes` counts only new rows.
  const insert = new Map(INSERT_CHUNKS.map((rows) => [rows, db.prepare<unknown[]>(
    `INSERT INTO events (tenant_id, uid, install_id, class_uid, event_time, received_at, body)
    VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?)').join(', ')} ON CONFLICT (tenant_id, uid) DO NOTHING`,
  )]));
  const touch = db.prepare('UPDATE devices SET last_seen_at = ? WHERE tenant_id = ? AND install_id = ?');

  return db.transaction((group: readonly PendingInsert[]) => group.map(({ tenantId, installId, events, receivedAt }) => {
    let accepted = 0;
    let at = 0;
    for (const rows of INSERT_CHUNKS) {
      const statement = insert.get(rows)!;
      for (; events.length - at >= rows; at += rows) {
        const params: unknown[] = [];
        for (let i = at; i < at + rows; i++) {
          const e = events[i]!;
          params.push(tenantId, e.uid, installId, e.classUid, e.time, receivedAt, e.body);
        }
        accepted += statement.run(params).changes;
      }
    }
    touch.run(receivedAt, tenantId, installId);
    return { accepted, duplicates: events.length - accepted };
  }));
}
