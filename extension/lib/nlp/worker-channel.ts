/**
 * Request/reply over a dedicated worker that runs the NLP host (nlp-worker.js). Used by the
 * offscreen document on Chrome and by the background page on Firefox. The worker is spawned on the
 * first request and again after it fails; nothing here outlives the page that holds it.
 */
import type { NlpScanRequest } from '../../../shared/protocol/nlp-messages';

/** The part of `Worker` this module uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** What crosses the worker boundary: a numbered request, and the reply with the same number. */
export interface WorkerRequest {
  readonly id: number;
  readonly message: { readonly type: 'nlp/scan'; readonly payload: NlpScanRequest };
}
export interface WorkerReply {
  readonly id: number;
  /** A protocol `Reply`: `{ ok: true, value }` or `{ ok: false, error }`. */
  readonly reply: unknown;
}

export interface WorkerChannel {
  /** Resolves with the worker's reply envelope; rejects if the worker dies first. */
  request(payload: NlpScanRequest): Promise<unknown>;
}

interface Pending {
  resolve(reply: unknown): void;
  reject(error: Error): void;
}

export function createWorkerChannel(spawn: () => WorkerLike): WorkerChannel {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const fail = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker?.terminate();
    worker = undefined; // the next request spawns a fresh one
  };

  const current = (): WorkerLike => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = ({ data }) => {
      const { id, reply } = (data ?? {}) as Partial<WorkerReply>;
      const p = typeof id === 'number' ? pending.get(id) : undefined;
      if (!p) return;
      pending.delete(id!);
      p.resolve(reply);
    };
    w.onerror = (event) => fail(new Error(`NLP worker failed: ${(event as { message?: string })?.message ?? 'unknown error'}`));
    return (worker = w);
  };

  return {
    request(payload) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        try {
          current().postMessage({ id, message: { type: 'nlp/scan', payload } } satisfies WorkerRequest);
        } catch (error) {
          pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
  };
}
