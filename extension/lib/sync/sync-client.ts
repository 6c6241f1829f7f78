/**
 * What the background worker uses: `record` an event (IndexedDB first, then a send attempt that
 * never blocks the caller), `flush` on alarms and when connectivity returns, `status` for the
 * popup. One flush runs at a time per worker; a request during a flush runs one more afterwards.
 */
import type { SightlineEvent } from '../../../shared/events/ocsf/events';
import type { DeviceContext } from '../../../shared/events/ocsf/inputs';
import { dropsRecord, toOutboxEvent } from '../outbox/outbox-event';
import { DEFAULT_OUTBOX_MAX_EVENTS, enqueue, outboxCounters, outboxSize, reportCounters, type EnqueueResult } from '../outbox/outbox-store';
import type { SightlineDb } from '../store/db';
import { flushOutbox, type FlushOutcome } from './flush';
import { readSyncState } from './sync-state';
import type { SyncConfig, SyncDeps } from './sync-types';

export interface SyncStatus {
  readonly enrolled: boolean;
  /** The popup shows this: the organisation revoked this browser. */
  readonly revoked: boolean;
  readonly queued: number;
  readonly deadLettered: number;
  readonly lastSuccessAt: number | null;
  readonly lastError: string | null;
}

export interface SyncClient {
  record(event: SightlineEvent): Promise<EnqueueResult>;
  flush(): Promise<FlushOutcome>;
  /** Queues an `outbox_drops` health record when anything was dropped or refused since the last. */
  reportLosses(): Promise<boolean>;
  status(): Promise<SyncStatus>;
}

export interface SyncClientDeps extends SyncDeps {
  readonly db: () => Promise<SightlineDb>;
  readonly newId: () => string;
  /** Failures of background sends go here (never thrown at the capture path). */
  readonly onError?: (error: unknown) => void;
}

export function createSyncClient(config: SyncConfig, deps: SyncClientDeps): SyncClient {
  let running: Promise<FlushOutcome> | undefined;
  let again = false;

  async function run(): Promise<FlushOutcome> {
    const db = await deps.db();
    let outcome: FlushOutcome;
    do {
      again = false;
      outcome = await flushOutbox(db, config, deps);
    } while (again && outcome === 'drained');
    return outcome;
  }

  const flush = (): Promise<FlushOutcome> => {
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => { running = undefined; });
    return running;
  };

  const device = (): DeviceContext => ({
    installId: config.installId, browser: config.browser, extensionVersion: config.extensionVersion,
    ...(config.userId ? { userId: config.userId } : {}),
  });

  return {
    async record(event) {
      const result = await enqueue(await deps.db(), toOutboxEvent(event), deps.now(), config.outboxMaxEvents ?? DEFAULT_OUTBOX_MAX_EVENTS);
      if (result === 'queued') flush().catch((error: unknown) => deps.onError?.(error));
      return result;
    },
    flush,
    async reportLosses() {
      const now = deps.now();
      return reportCounters(await deps.db(), dropsRecord(device(), deps.newId(), now), now);
    },
    async status() {
      const db = await deps.db();
      const [state, queued, counters] = await Promise.all([readSyncState(db), outboxSize(db), outboxCounters(db)]);
      return {
        enrolled: state.deviceToken !== null, revoked: state.revoked, queued, deadLettered: counters.deadLettered,
        lastSuccessAt: state.lastSuccessAt, lastError: state.lastError,
      };
    },
  };
}
