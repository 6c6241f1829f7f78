/**
 * Reads the extension's local events store straight from its service worker's IndexedDB, the
 * way a test inspects what was captured without going through the popup.
 */
import type { Worker } from '@playwright/test';

/**
 * Rows (in capture order) or only their ids. The read never creates the database: an open that
 * would (before the worker's first capture) is aborted, else the worker's own versioned open
 * would find an empty database at its version and skip creating its stores.
 */
function readStore(worker: Worker, keysOnly: boolean): Promise<unknown[]> {
  return worker.evaluate(
    (keys) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('sightline');
        let missing = false;
        open.onupgradeneeded = () => {
          missing = true;
          open.transaction?.abort();
        };
        open.onerror = () => (missing ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) return db.close(), resolve([]);
          const index = db.transaction('events').objectStore('events').index('by-captured-at');
          const read = keys ? index.getAllKeys() : index.getAll();
          read.onsuccess = () => (db.close(), resolve(read.result));
          read.onerror = () => (db.close(), reject(read.error));
        };
      }),
    keysOnly,
  );
}

/** The stored events, oldest capture first; `T` names the fields a test looks at. */
export async function storedEvents<T>(worker: Worker): Promise<T[]> {
  return (await readStore(worker, false)) as T[];
}

/** Ids of the stored events (one per capture; flagged ones are the finding uids). */
export async function storedEventIds(worker: Worker): Promise<string[]> {
  return (await readStore(worker, true)) as string[];
}
