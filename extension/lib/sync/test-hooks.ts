/**
 * Test-build hooks: e2e tests call `flushNow` instead of waiting for the 30 s alarm. The constant
 * is false in shipped builds, so the bundler removes the branch (see README, "Builds").
 */
import type { SyncClient } from './sync-client';

declare const __SIGHTLINE_TEST_HOOKS__: boolean;

export interface SyncTestHooks {
  readonly flushNow: SyncClient['flush'];
  readonly status: SyncClient['status'];
}

/** Worker-level hooks `start-sync.ts` adds in test builds (see there). */
export interface WorkerTestHooks {
  /** Sends `n` flagged `prompt/captured` messages through the worker's router; resolves with the number recorded. */
  captureBulk(n: number, text?: string): Promise<number>;
  /** Forgets the backoff wait, as if it had elapsed; for tests that do not measure it. */
  clearBackoff(): Promise<void>;
  /** What an alarm does: housekeeping records, then a flush. */
  tick(): Promise<unknown>;
}

export function exposeSyncTestHooks(target: { __sightlineSync?: SyncTestHooks }, client: SyncClient): void {
  if (__SIGHTLINE_TEST_HOOKS__) target.__sightlineSync = { flushNow: client.flush, status: client.status };
}

export function exposeWorkerTestHooks(target: { __sightlineTest?: WorkerTestHooks }, hooks: () => WorkerTestHooks): void {
  if (__SIGHTLINE_TEST_HOOKS__) target.__sightlineTest = hooks();
}
