/**
 * Wires the background worker. The worker can be evicted at any moment, so everything it knows
 * lives in IndexedDB; the only in-memory value is the open database connection.
 */
import { browser } from 'wxt/browser';
import { createRouter } from '../messaging/router';
import { createSenderCheck } from '../messaging/sender-check';
import { openSightlineDb, type SightlineDb } from '../store/db';
import { createHandlers } from './handlers';
import { createScanner } from '../../../shared/engine/scanner';
import { verdictRegistry } from '../../../shared/nlp/verdict-registry';
import { enrichCaptures } from '../nlp/enrich-capture';
import { createNlpClient } from '../nlp/nlp-client';
import { browserNlpTransport } from '../nlp/nlp-transport';
import { hasHostAccess } from './host-access';
import { createPolicyScan } from './policy-scan';
import { injectIntoOpenTabs } from './inject-open-tabs';
import { saveLocalOptions, startPolicy } from './start-policy';
import { startSync } from './start-sync';
import { injectUiScript } from './ui-handlers';

/**
 * How long a capture's NLP enrichment may take before the event is kept without it. Covers a cold
 * start (offscreen document, worker, compromise load: ~0.4–1 s on the 2-core reference box under
 * load) with room for a slow laptop; a warm reply takes milliseconds. Nothing on the page waits.
 */
const NLP_TIMEOUT_MS = 5_000;

export function startBackground(): void {
  let db: Promise<SightlineDb> | undefined;
  const openDb = () => (db ??= openSightlineDb().catch((error: unknown) => {
    db = undefined; // let the next message retry instead of caching the failure
    throw error;
  }));

  const policy = startPolicy();
  const sync = startSync(policy, openDb);
  // The verdict engine has no NLP (issue #4): the entity findings come after, from the NLP host.
  const engine = createPolicyScan(policy, createScanner(verdictRegistry));
  const nlp = createNlpClient({
    transport: browserNlpTransport(),
    timeoutMs: NLP_TIMEOUT_MS,
    onError: (error) => console.warn('[Sightline] NLP:', error),
  });
  const route = createRouter(
    createHandlers({
      db: openDb,
      now: Date.now,
      newId: () => crypto.randomUUID(),
      version: browser.runtime.getManifest().version,
      hasHostAccess,
      policy,
      saveLocalOptions,
      onCaptured: enrichCaptures({ nlp, db: openDb, scanOptions: engine.options, config: engine.getEnforcementConfig, next: sync.onCaptured }),
      getEnforcementConfig: engine.getEnforcementConfig,
      scan: engine.scan,
      injectUi: injectUiScript,
    }),
    createSenderCheck(browser.runtime.id, browser.runtime.getURL('/')),
  );
  // Returning the promise is how webextension-polyfill sends an async reply.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  sync.exposeTestHooks(route);
  injectIntoOpenTabs();
}
