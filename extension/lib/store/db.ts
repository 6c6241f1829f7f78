/**
 * The extension's IndexedDB database. Each schema change adds one step to `UPGRADES`; a browser
 * that skipped versions runs every step it missed, in order.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CapturedEvent } from '../../../shared/events/captured-event';
import type { UsageRow } from '../../../shared/events/usage/usage-counts';
import type { DeadLetterRow, OutboxCounters, OutboxRow } from '../outbox/outbox-types';
import type { SyncState } from '../sync/sync-types';

export const DB_NAME = 'sightline';

export interface SightlineSchema extends DBSchema {
  events: {
    key: string;
    value: CapturedEvent;
    indexes: { 'by-captured-at': number };
  };
  /** Events waiting for the collector (see extension/lib/outbox). */
  outbox: {
    key: number;
    value: OutboxRow;
    indexes: { 'by-uid': string; 'by-priority': [number, number] };
  };
  'outbox-dead': { key: string; value: DeadLetterRow };
  'sync-state': { key: string; value: SyncState | OutboxCounters };
  /** Daily usage counters per AI app, counts only (see extension/lib/usage). */
  usage: { key: [string, string]; value: UsageRow };
}

export type SightlineDb = IDBPDatabase<SightlineSchema>;
type UpgradeTx = IDBPTransaction<SightlineSchema, StoreNames<SightlineSchema>[], 'versionchange'>;
type Upgrade = (db: SightlineDb, tx: UpgradeTx) => void;

/** Index i upgrades from version i to i + 1. Never edit a shipped step: append a new one. */
const UPGRADES: readonly Upgrade[] = [
  (db) => {
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('by-captured-at', 'capturedAt');
  },
  (db) => {
    const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
    outbox.createIndex('by-uid', 'uid', { unique: true });
    // Eviction order when full: lowest severity first, oldest first within it.
    outbox.createIndex('by-priority', ['priority', 'seq']);
    db.createObjectStore('outbox-dead', { keyPath: 'uid' });
    db.createObjectStore('sync-state', { keyPath: 'key' });
  },
  (db) => {
    // Key [day, app]: one row per local day and AI app; days sort as their `YYYY-MM-DD` keys.
    db.createObjectStore('usage', { keyPath: ['day', 'app'] });
  },
];

export const DB_VERSION = UPGRADES.length;

export function openSightlineDb(name: string = DB_NAME): Promise<SightlineDb> {
  return openDB<SightlineSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) {
        UPGRADES[version]?.(db, tx);
      }
    },
  });
}
