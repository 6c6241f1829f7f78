/** The persisted sync state (`sync-state` store, key `sync`). */
import type { SightlineDb } from '../store/db';
import { INITIAL_SYNC_STATE, type SyncState } from './sync-types';

export async function readSyncState(db: SightlineDb): Promise<SyncState> {
  const value = await db.get('sync-state', 'sync');
  return value?.key === 'sync' ? value : INITIAL_SYNC_STATE;
}

export async function updateSyncState(db: SightlineDb, patch: Partial<Omit<SyncState, 'key'>>): Promise<SyncState> {
  const tx = db.transaction('sync-state', 'readwrite');
  const current = await tx.store.get('sync');
  const next: SyncState = { ...(current?.key === 'sync' ? current : INITIAL_SYNC_STATE), ...patch };
  await tx.store.put(next);
  await tx.done;
  return next;
}
