/**
 * One browser with the extension for a whole `describe.serial` block (one per enforcement
 * mode, all sites inside it), so the suite launches four browsers instead of one per test.
 */
import { expect, type BrowserContext, type Worker } from '@playwright/test';
import { launchChromium, liveWorker, removeProfile } from '../launch';
import { removeManagedPolicy, writeManagedPolicy } from '../managed-policy';
import { FIXTURE_ORIGINS } from '../sites';
import { storedEvents } from '../worker-store';

export type Mode = 'monitor' | 'warn' | 'block' | 'redact';

export interface StoredEvent {
  id: string;
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
    private readonly managed: boolean,
  ) {}

  /**
   * The running service worker. MV3 stops an idle worker after ~30 s and starts a new one on
   * the next event; Playwright then reports a new Worker, and the old handle is dead.
   */
  get worker(): Worker {
    return this.context.serviceWorkers().at(-1) ?? this.firstWorker;
  }

  /** A worker handle that answers (see launch.ts). */
  liveWorker(): Promise<Worker> {
    return liveWorker(this.context);
  }

  /**
   * Launches Chromium with the test build and applies `policy`: as the machine's managed policy
   * (written where Chromium reads it before the browser starts, as an admin deploys it; root
   * only, removed again by `close`), or as local options on the options page.
   */
  static async launch(policy: Record<string, unknown>, { managed = false } = {}): Promise<ExtensionSession> {
    if (managed) writeManagedPolicy(policy);
    const { context, profile } = await launchChromium();
    for (const origin of Object.keys(FIXTURE_ORIGINS)) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    }
    const session = await ExtensionSession.adopt(context, profile, managed);
    // The token is a secret: the policy cache may hold it masked, so it is not compared.
    const { enrollmentToken: _secret, ...visible } = policy;
    if (managed) await session.waitForPolicy(visible, 'managed');
    else await session.setOptions(policy);
    return session;
  }

  /** The session of a browser that has (or is about to have) the extension's worker running. */
  static async adopt(context: BrowserContext, profile: string, managed = false): Promise<ExtensionSession> {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    return new ExtensionSession(context, worker, profile, managed);
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
    await this.waitForPolicy(options, 'local');
  }

  /** Waits until the worker's policy in force has `values`, each from `source`. */
  async waitForPolicy(values: Record<string, unknown>, source: 'managed' | 'local'): Promise<void> {
    await expect
      .poll(
        async () =>
          (await this.liveWorker()).evaluate(
            async ({ values: want, source: from }) => {
              const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
              const cache = (await chrome.storage.local.get('sightline.policyCache'))['sightline.policyCache'] as
                | { effective?: { values?: Record<string, unknown>; sources?: Record<string, string> } }
                | undefined;
              const { values: have = {}, sources = {} } = cache?.effective ?? {};
              return Object.entries(want).every(([key, value]) => JSON.stringify(have[key]) === JSON.stringify(value) && sources[key] === from);
            },
            { values, source },
          ),
        { timeout: 30_000, message: `the worker applies the ${source} policy` },
      )
      .toBe(true);
  }

  /** Test builds: sends the outbox to the collector now (the 30 s alarm would, later). */
  async flushOutbox(): Promise<string> {
    return (await this.liveWorker()).evaluate(async () => {
      const hooks = (globalThis as unknown as { __sightlineSync?: { flushNow(): Promise<string> } }).__sightlineSync;
      return hooks ? hooks.flushNow() : 'no sync client yet';
    });
  }

  /** The events store, oldest capture first. */
  async events(): Promise<StoredEvent[]> {
    return storedEvents<StoredEvent>(await this.liveWorker());
  }

  async close(): Promise<void> {
    await this.context.close();
    if (this.managed) removeManagedPolicy();
    removeProfile(this.profile);
  }
}
