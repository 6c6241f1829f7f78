/**
 * Sync e2e helpers: a browser whose profile outlives a kill, the test-build hooks of its worker,
 * a collector that can be down, up, killed and restarted on the same port and database, and a
 * counting proxy in front of it. Everything listens on 127.0.0.1 only.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { runAdmin } from '../server/admin/cli';
import { startCollector, freePort, type CollectorProcess } from '../server/test-support/collector-process';
import { storedEvents } from '../server/test-support/collector-db';
import { launchChromium, liveWorker, newProfile, removeProfile } from './launch';
import { storedEventIds } from './worker-store';

export const FINDING_CLASS = 2006;
const BULK_CHUNK = 1_000;
/** ~5 ms a capture on a quiet machine; generous for two suites sharing two cores. */
const BULK_CHUNK_TIMEOUT_MS = 60_000;

interface SyncStatus { enrolled: boolean; queued: number; deadLettered: number; lastError: string | null }
interface Hooks {
  __sightlineSync?: { flushNow(): Promise<string>; status(): Promise<SyncStatus> };
  __sightlineTest?: { captureBulk(n: number): Promise<number>; clearBackoff(): Promise<void>; tick(): Promise<unknown> };
  chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<object> } } };
}

/** A collector database with one tenant; the collector process itself starts and stops at will. */
export class TestCollector {
  process: CollectorProcess | undefined;
  private constructor(readonly databaseUrl: string, readonly port: number, readonly token: string) {}

  static async create(): Promise<TestCollector> {
    const databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'sightline-sync-e2e-')), 'collector.db')}`;
    const lines: string[] = [];
    if ((await runAdmin(['create-tenant', 'e2e'], { DATABASE_URL: databaseUrl }, (l) => lines.push(l))) !== 0) throw new Error(lines.join('\n'));
    return new TestCollector(databaseUrl, await freePort(), lines.at(-1)!);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(env: Record<string, string> = {}): Promise<void> {
    this.process = await startCollector({ databaseUrl: this.databaseUrl, port: this.port, env: { LOG_LEVEL: 'warn', ...env } });
  }

  /** SIGKILL: a crash, possibly mid-batch. */
  async kill(): Promise<void> {
    await this.process?.kill();
    this.process = undefined;
  }

  async stop(): Promise<void> {
    await this.process?.stop();
    this.process = undefined;
  }

  /** Finding uids stored (the primary key makes a duplicate row impossible; count them anyway). */
  findingUids(): string[] {
    return storedEvents(this.databaseUrl, FINDING_CLASS).map((r) => r.uid);
  }

  dispose(): void {
    rmSync(this.databaseUrl.slice('sqlite:'.length).replace(/\/collector\.db$/u, ''), { recursive: true, force: true });
  }
}

/** Chromium with the test build in a profile that survives `kill()` and `relaunch()`. */
export class SyncBrowser {
  private constructor(public context: BrowserContext, readonly profile: string) {}

  static async launch(reuse?: string): Promise<SyncBrowser> {
    const { context, profile } = await launchChromium({ profile: reuse ?? newProfile('sightline-sync-e2e-') });
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 20_000 });
    return new SyncBrowser(context, profile);
  }

  /** A worker that answers; an evicted one is woken (see launch.ts). */
  worker(): Promise<Worker> {
    return liveWorker(this.context);
  }

  /** Local options; they apply because nothing is managed. */
  async setOptions(options: Record<string, unknown>): Promise<void> {
    await (await this.worker()).evaluate((o) => (globalThis as unknown as Hooks).chrome.storage.local.set({ 'sightline.options': o }), options);
  }

  /** The worker's sync client exists once the policy with the collector URL was applied. */
  async status(): Promise<SyncStatus | null> {
    return (await this.worker()).evaluate(async () => {
      const g = globalThis as unknown as Hooks;
      await g.chrome.storage.local.get('keep-alive'); // an extension API call resets the idle timer
      return g.__sightlineSync ? g.__sightlineSync.status() : null;
    });
  }

  /**
   * `n` flagged captures through the worker's router, in chunks: one evaluate per chunk, each
   * bounded, so a worker restarted under a long call fails the test instead of hanging it.
   */
  async captureBulk(n: number): Promise<number> {
    let recorded = 0;
    for (let done = 0; done < n; done += BULK_CHUNK) {
      const count = Math.min(BULK_CHUNK, n - done);
      const call = this.worker().then((w) => w.evaluate((c) => (globalThis as unknown as Hooks).__sightlineTest!.captureBulk(c), count));
      recorded += await Promise.race([call, new Promise<never>((_, reject) => setTimeout(reject, BULK_CHUNK_TIMEOUT_MS, new Error('captureBulk chunk timed out')))]);
    }
    return recorded;
  }

  async flushNow(clearBackoff = false): Promise<string> {
    return (await this.worker()).evaluate(async (clear) => {
      const g = globalThis as unknown as Hooks;
      if (clear) await g.__sightlineTest!.clearBackoff();
      return g.__sightlineSync!.flushNow();
    }, clearBackoff);
  }

  /** Starts a flush and returns at once (the collector can then be killed mid-drain). */
  async kickFlush(): Promise<void> {
    await (await this.worker()).evaluate(async () => {
      const g = globalThis as unknown as Hooks;
      await g.__sightlineTest!.clearBackoff();
      void g.__sightlineSync!.flushNow();
    });
  }

  /** Ids of the local events store (one per capture; flagged ones are the finding uids). */
  async localEventIds(): Promise<string[]> {
    return storedEventIds(await this.worker());
  }

  /** SIGKILL to the browser process of this profile (found by its --user-data-dir): no shutdown. */
  async kill(): Promise<void> {
    const closed = new Promise((r) => this.context.once('close', r));
    const pid = browserPid(this.profile);
    process.kill(pid, 'SIGKILL');
    await Promise.race([closed, new Promise((r) => setTimeout(r, 10_000))]);
  }

  async relaunch(): Promise<void> {
    this.context = (await SyncBrowser.launch(this.profile)).context;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    removeProfile(this.profile);
  }
}

function browserPid(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process for ${profile}`);
}

/** Polls `probe` until it returns true; bounded. */
export async function until(probe: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface ProxiedRequest { readonly path: string; readonly at: number; status?: number; retryAfter?: string; answeredAt?: number }

/** An HTTP proxy on 127.0.0.1 that records every request's arrival, status and Retry-After. */
export async function countingProxy(target: () => string): Promise<{ url: string; requests: ProxiedRequest[]; close(): Promise<void> }> {
  const requests: ProxiedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const record: ProxiedRequest = { path: req.url ?? '', at: Date.now() };
    requests.push(record);
    const upstream = httpRequest(`${target()}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      record.status = answer.statusCode;
      const retryAfter = answer.headers['retry-after'];
      if (typeof retryAfter === 'string') record.retryAfter = retryAfter;
      record.answeredAt = Date.now();
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, requests, close: () => new Promise((r) => server.close(() => r())) };
}
