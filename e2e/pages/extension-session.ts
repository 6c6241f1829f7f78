/**
 * One browser with the extension for a whole `describe.serial` block (one per enforcement
 * mode, all sites inside it), so the suite launches four browsers instead of one per test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type BrowserContext, type Worker } from '@playwright/test';
import { chromiumPath, extensionArgs } from '../browser';
import { EXTENSION_DIR } from '../fixtures';
import { FIXTURE_ORIGINS, routeFixtureSites } from '../sites';

export type Mode = 'monitor' | 'warn' | 'block' | 'redact';

export interface StoredEvent {
  site: string;
  trigger: string;
  length: number;
  action?: string;
  choice?: string;
  justification?: string;
  risk?: number;
  findings?: { type: string; count: number }[];
  file?: { name: string; type: string; size: number };
}

export class ExtensionSession {
  private constructor(
    readonly context: BrowserContext,
    private readonly firstWorker: Worker,
    private readonly profile: string,
  ) {}

  /**
   * The running service worker. MV3 stops an idle worker after ~30 s and starts a new one on
   * the next event; Playwright then reports a new Worker, and the old handle is dead.
   */
  get worker(): Worker {
    return this.context.serviceWorkers().at(-1) ?? this.firstWorker;
  }

  /**
   * A worker handle that answers: wakes a stopped worker with an extension page (which starts
   * it) and waits for Playwright to report the new one.
   */
  async liveWorker(): Promise<Worker> {
    const answers = (w: Worker) =>
      Promise.race([
        // A worker that is still starting can answer before the extension APIs are bound.
        w
          .evaluate(() => {
            const { chrome } = globalThis as unknown as { chrome?: { storage?: { local?: unknown } } };
            return chrome?.storage?.local !== undefined;
          })
          .catch(() => false),
        new Promise<boolean>((r) => setTimeout(r, 500, false)),
      ]);
    const deadline = Date.now() + 20_000;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      const worker = this.worker;
      if (await answers(worker)) return worker;
      if (attempt % 4 === 0) {
        const page = await this.context.newPage();
        // While the extension reloads its pages are refused for a moment; the next try will do.
        await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`).catch(() => undefined);
        await page.close();
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('the extension service worker does not answer');
  }

  static async launch(options: Record<string, unknown>): Promise<ExtensionSession> {
    const profile = mkdtempSync(join(tmpdir(), 'sightline-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: extensionArgs(EXTENSION_DIR),
    });
    await routeFixtureSites(context);
    for (const origin of Object.keys(FIXTURE_ORIGINS)) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    }
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const session = new ExtensionSession(context, worker, profile);
    await session.setOptions(options);
    return session;
  }

  /**
   * Writes local options (they apply because nothing is managed) and waits until the policy in
   * force has them: the first managed-storage read after browser start can take seconds.
   */
  async setOptions(options: Record<string, unknown>): Promise<void> {
    await (await this.liveWorker()).evaluate((o) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      return chrome.storage.local.set({ 'sightline.options': o });
    }, options);
    await expect
      .poll(
        async () =>
          (await this.liveWorker()).evaluate(async (o) => {
            const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
            const cache = (await chrome.storage.local.get('sightline.policyCache'))['sightline.policyCache'] as
              | { effective?: { values?: Record<string, unknown> } }
              | undefined;
            const values = cache?.effective?.values ?? {};
            return Object.entries(o).every(([key, value]) => JSON.stringify(values[key]) === JSON.stringify(value));
          }, options),
        { timeout: 20_000, message: 'the worker applies the local options' },
      )
      .toBe(true);
  }

  /** The events store, read straight from the worker's IndexedDB. */
  async events(): Promise<StoredEvent[]> {
    return (await this.liveWorker()).evaluate(
      () =>
        new Promise<StoredEvent[]>((resolve, reject) => {
          const open = indexedDB.open('sightline');
          // No database yet: creating an empty one here would make the worker skip its schema.
          let missing = false;
          open.onupgradeneeded = () => {
            missing = true;
            open.transaction?.abort();
          };
          open.onerror = () => (missing ? resolve([]) : reject(open.error));
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('events')) return resolve([]);
            const all = db.transaction('events').objectStore('events').index('by-captured-at').getAll();
            all.onsuccess = () => resolve(all.result as StoredEvent[]);
            all.onerror = () => reject(all.error);
          };
        }),
    );
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}
