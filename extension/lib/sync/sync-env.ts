/**
 * What the worker's sync glue (`background/start-sync.ts`) takes from the browser, in one object,
 * so the glue runs under test with fakes. `browserSyncEnv` is the real thing.
 */
import { browser } from 'wxt/browser';
import type { DeviceContext } from '../../../shared/events/ocsf/inputs';
import type { Policy } from '../../../shared/policy/policy';
import { browserUserId } from '../identity/browser-user-id';
import { installId } from '../identity/user-id';
import type { SightlineDb } from '../store/db';
import { gzip } from './gzip';
import type { AlarmsLike } from './schedule';
import { createSyncClient, type SyncClient } from './sync-client';
import type { SyncConfig } from './sync-types';

export interface KeyValueStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SyncEnv {
  readonly alarms: AlarmsLike;
  /** `self.addEventListener('online', …)` in the worker. */
  readonly onOnline: (listener: () => void) => void;
  /** `storage.local`: heartbeat hour, policy errors and which of them were sent. */
  readonly storage: KeyValueStorage;
  readonly now: () => number;
  /** Who the events are about: install id, user, browser, version. */
  readonly deviceFor: (values: Policy) => Promise<DeviceContext>;
  readonly createClient: (config: SyncConfig, db: () => Promise<SightlineDb>) => SyncClient;
}

/** The identity module's key (`browser-user-id.ts`): one install id for user naming and `device.uid`. */
const INSTALL_ID_KEY = 'sightline.installId';
/** A collector that accepts a connection and never answers must not wedge the flush forever. */
const FETCH_TIMEOUT_MS = 30_000;

const onError = (error: unknown) => console.error('[Sightline] sync:', error);

export function browserSyncEnv(): SyncEnv {
  return {
    alarms: browser.alarms,
    onOnline: (listener) => globalThis.addEventListener('online', listener),
    storage: browser.storage.local,
    now: Date.now,
    async deviceFor(values) {
      // Created before `browserUserId` reads it, so two first-start callers never mint two ids.
      const id = await installId({
        readInstallId: async () => (await browser.storage.local.get(INSTALL_ID_KEY))[INSTALL_ID_KEY],
        writeInstallId: (value) => browser.storage.local.set({ [INSTALL_ID_KEY]: value }),
        newId: () => crypto.randomUUID(),
      });
      const { userId } = await browserUserId(values.userId);
      return { installId: id, userId, browser: import.meta.env.BROWSER, extensionVersion: browser.runtime.getManifest().version };
    },
    createClient: (config, db) => createSyncClient(config, {
      db, now: Date.now, random: Math.random, gzip, newId: () => crypto.randomUUID(), onError,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      fetch: (url, init) => fetch(url, { ...init, body: init.body as BodyInit, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) }),
    }),
  };
}
