import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { startCheckpointer } from './checkpointer';

const dir = mkdtempSync(join(tmpdir(), 'sightline-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Rows in the main database file alone: only checkpointed pages are there, the WAL is left out.
 * A copy taken while a checkpoint writes can be torn; that reads as "not yet".
 */
function rowsInMainFile(path: string): number {
  const copy = `${path}.copy`;
  copyFileSync(path, copy);
  const db = new Database(copy, { readonly: true });
  try {
    return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM t').get()?.n ?? 0;
  } catch {
    return -1;
  } finally {
    db.close();
  }
}

test('a worker copies committed WAL frames into the database while the writer never checkpoints', async () => {
  const path = join(dir, 'c.db');
  const writer = new Database(path);
  writer.pragma('journal_mode = WAL');
  writer.pragma('wal_autocheckpoint = 0');
  writer.exec('CREATE TABLE t (x TEXT)');
  writer.pragma('wal_checkpoint(TRUNCATE)'); // the table itself is in the main file
  const insert = writer.prepare('INSERT INTO t VALUES (?)');
  writer.transaction(() => { for (let i = 0; i < 500; i++) insert.run('x'.repeat(1_000)); })();
  expect(rowsInMainFile(path)).toBe(0);

  const failures: string[] = [];
  const checkpointer = startCheckpointer(path, (reason) => failures.push(reason), { intervalMs: 20 });
  const deadline = Date.now() + 5_000;
  while (rowsInMainFile(path) < 500 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await checkpointer.stop();
  expect(rowsInMainFile(path)).toBe(500); // the writer is still open: nothing else checkpointed
  writer.close();
  expect(failures).toEqual([]);
});

test('under commits that never pause, the WAL still starts over instead of growing with every commit', async () => {
  const path = join(dir, 'steady.db');
  const writer = new Database(path);
  writer.pragma('journal_mode = WAL');
  writer.pragma('wal_autocheckpoint = 0');
  writer.pragma('busy_timeout = 5000');
  writer.exec('CREATE TABLE t (x TEXT)');
  const insert = writer.prepare('INSERT INTO t VALUES (?)');
  const checkpointer = startCheckpointer(path, () => undefined, { intervalMs: 10, restartPages: 20 });
  const commits = 600;
  // ~5 pages per commit and a commit every millisecond: some always land during a checkpoint.
  for (let i = 0; i < commits; i++) {
    writer.transaction(() => { for (let j = 0; j < 4; j++) insert.run('x'.repeat(4_000)); })();
    await new Promise((r) => setTimeout(r, 1));
  }
  await checkpointer.stop();
  const walBytes = statSync(`${path}-wal`).size;
  writer.close();
  // Without a RESTART the WAL holds nearly every commit (600 × 4 rows × 4 KB, ~15 MB; 6–7 MB
  // measured with PASSIVE rounds alone, which rewind only when a round happens to finish between
  // commits). With it, ~1–1.5 MB measured on an idle machine; the bound leaves room for a checkpoint
  // thread that gets few slices on a loaded one.
  expect(walBytes).toBeLessThan((commits * 4 * 4_000) / 2);
});

test('a worker that cannot open the database reports it, so the writer can checkpoint again', async () => {
  const reasons: string[] = [];
  const checkpointer = startCheckpointer(join(dir, 'missing', 'dir', 'c.db'), (reason) => reasons.push(reason), { intervalMs: 20 });
  const deadline = Date.now() + 5_000;
  while (reasons.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(reasons[0]).toMatch(/checkpointer crashed: .*(directory|unable to open)/iu);
  await checkpointer.stop();
});
