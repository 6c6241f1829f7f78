/**
 * Wires the background worker. The worker can be evicted at any moment, so everything it knows
 * lives in IndexedDB; the only in-memory value is the open database connection.
 */
import { browser } from 'wxt/browser';
import { createRouter } from '../messaging/router';
import { createSenderCheck } from '../messaging/sender-check';
import { openSightlineDb, type SightlineDb } from '../store/db';
import { createHandlers } from './handlers';
import { scan } from '../../../shared/engine/scan';
import { hasHostAccess } from './host-access';
import { createPolicyScan } from './policy-scan';
import { injectIntoOpenTabs } from './inject-open-tabs';
import { saveLocalOptions, startPolicy } from './start-policy';
import { startSync } from './start-sync';

export function startBackground(): void {
  let db: Promise<SightlineDb> | undefined;
  const openDb = () => (db ??= openSightlineDb().catch((error: unknown) => {
    db = undefined; // let the next message retry instead of caching the failure
    throw error;
  }));

  const policy = startPolicy();
  const sync = startSync(policy, openDb);
  const engine = createPolicyScan(policy, scan);
  const route = createRouter(
    createHandlers({
      db: openDb,
      now: Date.now,
      newId: () => crypto.randomUUID(),
      version: browser.runtime.getManifest().version,
      hasHostAccess,
      policy,
      saveLocalOptions,
      onCaptured: sync.onCaptured,
      getEnforcementConfig: engine.getEnforcementConfig,
      scan: engine.scan,
    }),
    createSenderCheck(browser.runtime.id, browser.runtime.getURL('/')),
  );
  // Returning the promise is how webextension-polyfill sends an async reply.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  sync.exposeTestHooks(route);
  injectIntoOpenTabs();
}
