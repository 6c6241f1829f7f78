/**
 * The NLP host inside the dedicated worker: loads compromise once, then answers `nlp/scan`
 * requests with the budgeted entity pass (shared/nlp). The one-off load is measured apart from
 * the per-text time and reported with every reply (issue #4: it is not part of the per-text cap).
 */
import { runEntityPass, warmUpEntityPass } from '../../../shared/nlp/entity-pass';
import { parseNlpEnvelope, type NlpScanResponse } from '../../../shared/protocol/nlp-messages';
import type { WorkerReply } from './worker-channel';

export interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: { readonly data: unknown }) => void) | null;
}

export function startWorkerHost(scope: WorkerScope, now: () => number = () => performance.now()): void {
  // A worker's clock starts when it is created, so this covers fetching and evaluating the
  // bundle (compromise itself), building the gazetteer, the tagger's first-call model and the
  // JIT of the pass.
  warmUpEntityPass();
  const loadMs = now();
  scope.onmessage = ({ data }) => {
    const { id, message } = (data ?? {}) as { id?: unknown; message?: unknown };
    if (typeof id !== 'number') return;
    const envelope = parseNlpEnvelope(message);
    let reply: unknown;
    if (envelope === null || typeof envelope === 'string') {
      reply = { ok: false, error: envelope ?? 'not an NLP message' };
    } else {
      try {
        const started = now();
        const { findings, work } = runEntityPass(envelope.payload);
        reply = { ok: true, value: { findings, work, ms: now() - started, loadMs } satisfies NlpScanResponse };
      } catch (error) {
        reply = { ok: false, error: `nlp/scan: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    scope.postMessage({ id, reply } satisfies WorkerReply);
  };
}
