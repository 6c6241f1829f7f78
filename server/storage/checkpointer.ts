/**
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside the commit that
 * crosses 1,000 WAL pages, on the committing connection: with a synchronous driver that is the
 * event loop, frozen while the WAL is copied into the database and fsynced. Measured here
 * (100 rows of 1.4 KB per commit, `synchronous = FULL`): p50 2 ms per commit, p99 25 ms, worst
 * 100 ms, every ~30 commits. So the writer turns it off (`wal_autocheckpoint = 0`) and a worker
 * thread with its own connection runs `PASSIVE` checkpoints, which never wait for the writer and
 * never make it wait (https://www.sqlite.org/c3ref/wal_checkpoint_v2.html).
 *
 * A PASSIVE checkpoint alone never lets the WAL start over: SQLite rewinds the WAL only when a
 * writer begins with every frame already copied, and under steady load a commit always lands while
 * the checkpoint runs. Measured before the fix: 450 MB of WAL after 25 s of load, growing ~14 MB/s
 * at 5,000 events/s, i.e. the disk fills. So once the WAL passes `RESTART_WAL_PAGES`, the PASSIVE
 * pass is followed by a RESTART one: it holds the write lock only to copy the frames committed
 * during the PASSIVE pass (tens of ms), and the next commit rewinds the WAL. Its busy timeout is
 * short, so a long reader makes it give up until the next round instead of stalling the writer.
 *
 * The worker is plain CommonJS evaluated from a string, so it runs the same under tsx, Vitest and
 * compiled JavaScript; the driver's path is resolved here and handed over.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Often enough that each PASSIVE pass copies a few tens of MB at most at 10,000 events/s. */
export const CHECKPOINT_INTERVAL_MS = 1_000;
/**
 * 64 MiB of 4 KiB pages: a rewind every ~5 s at 5,000 events/s (~3,400 pages/s measured), so the
 * writer waits for a RESTART tail on well under 1 % of commits.
 */
export const RESTART_WAL_PAGES = 16_384;
/** How long a RESTART may wait for the write lock and for readers to leave the WAL. */
const RESTART_BUSY_TIMEOUT_MS = 100;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
const checkpoint = () => {
  try {
    db.pragma('busy_timeout = 5000');
    const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)');
    if (log < workerData.restartPages) return;
    db.pragma('busy_timeout = ' + workerData.restartBusyMs);
    db.pragma('wal_checkpoint(RESTART)');
  } catch (error) { parentPort.postMessage(String(error && error.message)); }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface CheckpointTiming {
  readonly intervalMs?: number;
  /** WAL size (pages) from which a round ends with a RESTART checkpoint. */
  readonly restartPages?: number;
}

export interface Checkpointer {
  /** Stops the worker and closes its connection; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * `onFailure` runs when the worker cannot work (it could not open the file, it died): the caller
 * then turns automatic checkpoints back on, so the WAL never grows without bound.
 */
export function startCheckpointer(path: string, onFailure: (reason: string) => void, timing: CheckpointTiming = {}): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const { intervalMs = CHECKPOINT_INTERVAL_MS, restartPages = RESTART_WAL_PAGES } = timing;
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, intervalMs, restartPages, restartBusyMs: RESTART_BUSY_TIMEOUT_MS } });
  worker.unref();
  let stopping = false;
  let failed = false;
  // Reported once: the caller's remedy (checkpointing on commit again) needs no repeating.
  const fail = (reason: string) => {
    if (failed || stopping) return;
    failed = true;
    onFailure(reason);
  };
  worker.on('message', (message: string) => fail(`checkpoint failed: ${message}`));
  worker.on('error', (error) => fail(`checkpointer crashed: ${error.message}`));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => {
    fail('checkpointer exited');
    resolve();
  }));
  return {
    async stop() {
      stopping = true;
      worker.ref(); // keep the process alive until the connection is closed
      worker.postMessage('stop');
      await exited;
    },
  };
}
