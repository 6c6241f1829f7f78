/**
 * The extension's IndexedDB database. Each schema change adds one step to `UPGRADES`; a browser
 * that skipped versions runs every step it missed, in order.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CapturedEvent } from '../../../shared/events/captured-event';

export const DB_NAME = 'sightline';

export interface SightlineSchema extends DBSchema {
  events: {
    key: string;
    value: CapturedEvent;
    indexes: { 'by-captured-at': number };
  };
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
