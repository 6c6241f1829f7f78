/** Picks the storage back end from `DATABASE_URL`. PostgreSQL will add a `postgres://` branch. */
import { openSqliteStorage, type SqliteOptions } from './sqlite';
import type { Storage } from './storage';

export const DEFAULT_DATABASE_URL = 'sqlite:./data/sightline.db';

/** `sqlite:<path>`, `sqlite::memory:`, or a bare file path (treated as SQLite). */
export function openStorage(databaseUrl: string = DEFAULT_DATABASE_URL, options: SqliteOptions = {}): Storage {
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(databaseUrl)) {
    throw new Error(`Unsupported DATABASE_URL scheme: ${databaseUrl.split(':')[0]} (this collector stores in SQLite: sqlite:<path>)`);
  }
  const path = databaseUrl.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length) : databaseUrl;
  return openSqliteStorage(path, options);
}
