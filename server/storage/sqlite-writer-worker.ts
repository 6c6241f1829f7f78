/**
 * The writer thread (see `sqlite-writer.ts`). Batches that arrive while a commit is running are
 * committed together in the next transaction (group commit): one fsync for all of them.
 * Loaded as CommonJS through tsx's require hook, so no `import.meta` here.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { PendingInsert } from './group-commit';
import { prepareInsertGroup } from './sqlite-events';
import type { WriterReply, WriterRequest, WriterSettings } from './sqlite-writer';

const port = parentPort!;
const settings = workerData as WriterSettings;
const db = new Database(settings.path);
db.pragma(`synchronous = ${settings.synchronous}`);
db.pragma('busy_timeout = 5000');
db.pragma(`wal_autocheckpoint = ${settings.autoCheckpointPages}`);
const insertGroup = prepareInsertGroup(db);

let pending: { id: number; insert: PendingInsert }[] = [];

function flush(): void {
  if (!pending.length) return; // already flushed by `close`
  const group = pending;
  pending = [];
  let replies: WriterReply[];
  try {
    const results = insertGroup(group.map((p) => p.insert));
    replies = group.map((p, i) => ({ id: p.id, result: results[i] ?? { accepted: 0, duplicates: 0 } }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    replies = group.map((p) => ({ id: p.id, error: message }));
  }
  for (const reply of replies) port.postMessage(reply);
}

port.on('message', (message: WriterRequest) => {
  switch (message.type) {
    case 'insert':
      pending.push({ id: message.id, insert: message.insert });
      if (pending.length === 1) setImmediate(flush);
      return;
    case 'auto-checkpoint':
      db.pragma(`wal_autocheckpoint = ${message.pages}`);
      return;
    case 'close':
      if (pending.length) flush();
      db.close();
      port.close();
  }
});
