/**
 * Wires the background worker. The worker can be evicted at any moment, so everything it knows
 * lives in IndexedDB; the only in-memory value is the open database connection.
 */
import { browser } from 'wxt/browser';
import { createRouter } from '../messaging/router';
import { createSenderCheck } from '../messaging/sender-check';
import { openSightlineDb, type SightlineDb } from '../store/db';
import { createHandlers } from './handlers';
import { hasHostAccess } from './host-access';

export function startBackground(): void {
  let db: Promise<SightlineDb> | undefined;
  const openDb = () => (db ??= openSightlineDb().catch((error: unknown) => {
    db = undefined; // let the next message retry instead of caching the failure
    throw error;
  }));

  const route = createRouter(
    createHandlers({
      db: openDb,
      now: Date.now,
      newId: () => crypto.randomUUID(),
      version: browser.runtime.getManifest().version,
      hasHostAccess,
    }),
    createSenderCheck(browser.runtime.id, browser.runtime.getURL('/')),
  );
  // Returning the promise is how webextension-polyfill sends an async reply.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
}
