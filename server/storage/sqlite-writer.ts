/**
 * Event inserts in a worker thread with its own connection. better-sqlite3 is synchronous, so on
 * the event loop every commit (and its fsync under `synchronous = FULL`) froze all requests:
 * in the load benchmark's profile, commits were ~22 % of the collector's wall time and the event
 * loop could neither parse nor answer meanwhile. In a thread, parsing and validating the next
 * batches overlaps the commit of the previous ones, and the two cores are both used.
 *
 * A thread that dies fails the batches it held (clients retry on 500) and is started again for the
 * next one.
 */
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PendingInsert } from './group-commit';
import type { InsertResult } from './storage';

export interface WriterSettings {
  readonly path: string;
  readonly synchronous: 'FULL' | 'NORMAL';
  /** `wal_autocheckpoint` of the writer's connection; 0 while a checkpointer thread runs. */
  readonly autoCheckpointPages: number;
}

export type WriterRequest =
  | { readonly type: 'insert'; readonly id: number; readonly insert: PendingInsert }
  | { readonly type: 'auto-checkpoint'; readonly pages: number }
  | { readonly type: 'close' };

export type WriterReply = { readonly id: number; readonly result: InsertResult } | { readonly id: number; readonly error: string };

export interface EventWriter {
  insert(insert: PendingInsert): Promise<InsertResult>;
  setAutoCheckpoint(pages: number): void;
  /** Waits for the inserts already sent, then closes the thread's connection. */
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
/** The worker module beside this one: `.ts` under tsx and Vitest, `.js` if ever compiled. */
const WORKER_MODULE = fileURLToPath(new URL(`./sqlite-writer-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.module.endsWith('.ts')) require(workerData.tsx).require(workerData.module, workerData.module);
else require(workerData.module);
`;

export function startEventWriter(settings: WriterSettings): EventWriter {
  let worker: Worker | undefined;
  let nextId = 0;
  let autoCheckpointPages = settings.autoCheckpointPages;
  const waiting = new Map<number, { resolve: (r: InsertResult) => void; reject: (e: Error) => void }>();
  const inFlight = new Set<Promise<unknown>>();

  const failAll = (reason: string) => {
    for (const [, w] of waiting) w.reject(new Error(reason));
    waiting.clear();
  };
  // Keeps the process alive only while a batch waits for its commit, like a pending socket would.
  const holdWhileBusy = (w: Worker) => (waiting.size ? w.ref() : w.unref());
  const spawn = (): Worker => {
    const w = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { ...settings, autoCheckpointPages, module: WORKER_MODULE, tsx: require.resolve('tsx/cjs/api') },
    });
    w.on('message', (reply: WriterReply) => {
      const entry = waiting.get(reply.id);
      waiting.delete(reply.id);
      holdWhileBusy(w);
      if ('error' in reply) entry?.reject(new Error(`event insert failed: ${reply.error}`));
      else entry?.resolve(reply.result);
    });
    w.unref();
    w.on('error', (error) => failAll(`event writer crashed: ${error.message}`));
    w.once('exit', () => {
      if (worker === w) worker = undefined;
      failAll('event writer exited');
    });
    return w;
  };

  worker = spawn();
  return {
    insert(insert) {
      worker ??= spawn();
      const id = nextId++;
      const request: WriterRequest = { type: 'insert', id, insert };
      const result = new Promise<InsertResult>((resolve, reject) => waiting.set(id, { resolve, reject }));
      holdWhileBusy(worker);
      worker.postMessage(request);
      const settled = result.then(() => undefined, () => undefined).finally(() => inFlight.delete(settled));
      inFlight.add(settled);
      return result;
    },
    setAutoCheckpoint(pages) {
      autoCheckpointPages = pages;
      worker?.postMessage({ type: 'auto-checkpoint', pages } satisfies WriterRequest);
    },
    async close() {
      const w = worker;
      if (!w) return;
      await Promise.all(inFlight);
      worker = undefined;
      const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      w.ref(); // an unreferenced thread would let the process exit before the database is closed
      w.postMessage({ type: 'close' } satisfies WriterRequest);
      await exited;
    },
  };
}
