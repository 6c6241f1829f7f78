/**
 * Drains the outbox to the collector. At-least-once: rows are deleted only after a 2xx, so a
 * worker killed mid-send resends the batch later and the collector counts it as duplicates.
 * Every decision on a response comes from `shared/sync/response-action.ts`.
 */
import { BACKOFF_CAP_MS, backoffDelay, parseRetryAfter } from '../../../shared/sync/backoff';
import { CLIENT_BATCH_BYTES, CLIENT_BATCH_EVENTS } from '../../../shared/sync/limits';
import { EVENTS_PATH, errorCodeOf, isEventsResponse } from '../../../shared/sync/protocol';
import { responseAction } from '../../../shared/sync/response-action';
import { peekBatch, settle } from '../outbox/outbox-store';
import type { OutboxRow } from '../outbox/outbox-types';
import type { SightlineDb } from '../store/db';
import { base, enroll } from './enroll';
import { readSyncState, updateSyncState } from './sync-state';
import type { SyncConfig, SyncDeps } from './sync-types';

export type FlushOutcome = 'drained' | 'waiting' | 'backoff' | 'revoked' | 'unconfigured' | 'enrollment_refused' | 'unauthorized';

/** Retries slept inside one flush; longer waits go to `nextAttemptAt` and the 30 s alarm. */
export const IN_FLUSH_SLEEP_MAX_MS = 5_000;
const IN_FLUSH_RETRIES = 3;

export async function flushOutbox(db: SightlineDb, config: SyncConfig, deps: SyncDeps): Promise<FlushOutcome> {
  if (!config.collectorUrl || !config.enrollmentToken) return 'unconfigured';
  let state = await readSyncState(db);
  if (state.revoked) return 'revoked';
  const wait = state.nextAttemptAt - deps.now();
  // A wait longer than the cap means the clock moved backwards: do not stall for days.
  if (wait > 0 && wait <= BACKOFF_CAP_MS) return 'waiting';

  let token = state.deviceToken;
  let reenrolled = false;
  let maxCount = config.batchMaxEvents ?? CLIENT_BATCH_EVENTS;
  let retries = 0;
  /** Persists the next attempt time; `true` when the wait is short enough to sleep here. */
  const backOff = async (error: string, retryAfter?: string | null): Promise<boolean> => {
    const delay = backoffDelay(state.attempt, deps.random, parseRetryAfter(retryAfter, deps.now()));
    state = await updateSyncState(db, { attempt: state.attempt + 1, lastError: error, nextAttemptAt: deps.now() + delay });
    if (delay > IN_FLUSH_SLEEP_MAX_MS || ++retries > IN_FLUSH_RETRIES) return false;
    await deps.sleep(delay);
    return true;
  };
  // Refusals an administrator must fix still wait between attempts: one per capture would flood.
  const park = async <T extends FlushOutcome>(error: string, outcome: T): Promise<T> => {
    retries = IN_FLUSH_RETRIES;
    await backOff(error);
    return outcome;
  };

  for (;;) {
    if (!token) {
      const outcome = await enroll(db, config, deps);
      if (outcome.kind === 'enrolled') token = outcome.deviceToken;
      else if (outcome.kind === 'revoked') return markRevoked(db);
      else if (outcome.kind === 'refused') return park(outcome.error, 'enrollment_refused');
      else if (await backOff(outcome.error, outcome.retryAfter)) continue;
      else return 'backoff';
    }
    const rows = await peekBatch(db, maxCount, config.batchMaxBytes ?? CLIENT_BATCH_BYTES);
    if (rows.length === 0) {
      if (state.attempt > 0 || state.nextAttemptAt > 0) state = await updateSyncState(db, { attempt: 0, nextAttemptAt: 0 });
      return 'drained';
    }
    const sent = await send(config, deps, token, rows);
    const action = sent.status === 'network' ? 'retry' : responseAction(sent.status, errorCodeOf(sent.body));
    if (action === 'delivered' && isEventsResponse(sent.body)) {
      await settle(db, rows, new Map(sent.body.rejected.map((r) => [r.index, r.reason])), deps.now());
      state = await updateSyncState(db, { attempt: 0, nextAttemptAt: 0, lastSuccessAt: deps.now(), lastError: null });
      maxCount = config.batchMaxEvents ?? CLIENT_BATCH_EVENTS;
      retries = 0;
    } else if (action === 'split' && rows.length > 1) {
      maxCount = Math.ceil(rows.length / 2);
    } else if (action === 'split' || action === 'dead-letter') {
      const reason = sent.status === 413 ? 'too_large' : `http_${String(sent.status)}`;
      await settle(db, rows, new Map(rows.map((_, i) => [i, reason])), deps.now());
    } else if (action === 'reenroll' && !reenrolled) {
      reenrolled = true;
      token = null;
      await updateSyncState(db, { deviceToken: null });
    } else if (action === 'reenroll') {
      return park('unauthorized', 'unauthorized');
    } else if (action === 'revoked') {
      return markRevoked(db);
    } else if (!(await backOff(sent.status === 'network' ? 'network' : `http_${sent.status}`, sent.retryAfter))) {
      // 'retry', or a 2xx whose body we cannot read: resending is safe, the collector de-duplicates.
      return 'backoff';
    }
  }
}

async function markRevoked(db: SightlineDb): Promise<'revoked'> {
  await updateSyncState(db, { revoked: true, deviceToken: null, lastError: 'device_revoked' });
  return 'revoked';
}

interface Sent { readonly status: number | 'network'; readonly body?: unknown; readonly retryAfter?: string | null }

async function send(config: SyncConfig, deps: SyncDeps, token: string, rows: readonly OutboxRow[]): Promise<Sent> {
  // Bodies are stored serialised: the batch is a join, not a parse and re-serialise.
  const body = await deps.gzip(`{"events":[${rows.map((r) => r.body).join(',')}]}`);
  try {
    const response = await deps.fetch(`${base(config)}${EVENTS_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${token}` },
      body,
    });
    return { status: response.status, body: await response.json().catch(() => undefined), retryAfter: response.headers.get('retry-after') };
  } catch {
    return { status: 'network' };
  }
}
