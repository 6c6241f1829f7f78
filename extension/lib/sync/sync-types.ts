/** Sync configuration, injected dependencies and persisted state. */

export interface SyncConfig {
  /** e.g. `https://collector.example.com`; sync is off while empty. */
  readonly collectorUrl: string;
  /** Bootstrap secret from managed policy, exchanged once for a device token. */
  readonly enrollmentToken: string;
  readonly installId: string;
  readonly userId?: string;
  readonly browser: string;
  readonly extensionVersion: string;
  /** Queue bound; default 50,000. */
  readonly outboxMaxEvents?: number;
  readonly batchMaxEvents?: number;
  readonly batchMaxBytes?: number;
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string | Uint8Array }) => Promise<{
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}>;

export interface SyncDeps {
  readonly fetch: FetchLike;
  readonly now: () => number;
  /** [0, 1), for backoff jitter. */
  readonly random: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly gzip: (text: string) => Promise<Uint8Array>;
}

/**
 * Persisted in the `sync-state` store under key `sync`. Example:
 *   { key: 'sync', deviceToken: 'sld_…', hmacKey: '…', revoked: false, attempt: 0,
 *     nextAttemptAt: 0, lastSuccessAt: 1795809440112, lastError: null }
 */
export interface SyncState {
  readonly key: 'sync';
  readonly deviceToken: string | null;
  readonly hmacKey: string | null;
  /** The collector revoked this install: nothing is sent until an administrator re-enables it. */
  readonly revoked: boolean;
  /** Consecutive failed attempts, for backoff. */
  readonly attempt: number;
  /** Epoch ms before which scheduled flushes wait. */
  readonly nextAttemptAt: number;
  readonly lastSuccessAt: number | null;
  /** `http_503`, `network`, `unauthorized`, `enrollment_refused` … never a response body. */
  readonly lastError: string | null;
}

export const INITIAL_SYNC_STATE: SyncState = {
  key: 'sync', deviceToken: null, hmacKey: null, revoked: false, attempt: 0, nextAttemptAt: 0, lastSuccessAt: null, lastError: null,
};
