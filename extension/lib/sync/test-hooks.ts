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

export function exposeSyncTestHooks(target: { __sightlineSync?: SyncTestHooks }, client: SyncClient): void {
  if (__SIGHTLINE_TEST_HOOKS__) target.__sightlineSync = { flushNow: client.flush, status: client.status };
}
