/**
 * Read-only look into a collector's SQLite file, for e2e assertions: what was stored, per class.
 * Opens and closes the file on every call, so it can run beside a live collector (WAL).
 */
import Database from 'better-sqlite3';

export interface StoredRow {
  readonly uid: string;
  readonly classUid: number;
  readonly installId: string;
}

function pathOf(databaseUrl: string): string {
  return databaseUrl.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length) : databaseUrl;
}

export function storedEvents(databaseUrl: string, classUid?: number): StoredRow[] {
  let db: Database.Database;
  try {
    db = new Database(pathOf(databaseUrl), { readonly: true, fileMustExist: true });
  } catch {
    return []; // not created yet
  }
  try {
    const sql = `SELECT uid, class_uid AS classUid, install_id AS installId FROM events${classUid === undefined ? '' : ' WHERE class_uid = ?'}`;
    return db.prepare(sql).all(...(classUid === undefined ? [] : [classUid])) as StoredRow[];
  } finally {
    db.close();
  }
}

/** Number of stored events, all tenants. */
export function countStored(databaseUrl: string): number {
  const db = new Database(pathOf(databaseUrl), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
