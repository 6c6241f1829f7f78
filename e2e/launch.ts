/**
 * Chromium for e2e: a throwaway profile, the test build of the extension (or none yet, for a
 * late install), the fixture sites served under their real URLs; and a handle on the extension's
 * service worker that survives MV3 evicting it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROME_EXTENSION_ID } from '../deploy/render/deployment';
import { CHROMIUM_ARGS, chromiumPath, extensionArgs } from './browser';
import { routeFixtureSites } from './sites';

/** The test build; SIGHTLINE_E2E_EXTENSION points elsewhere (a private copy while others rebuild). */
export const EXTENSION_DIR = process.env.SIGHTLINE_E2E_EXTENSION ?? resolve(import.meta.dirname, '../.output/chrome-mv3-test');

export function newProfile(prefix = 'sightline-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true });
}

export interface LaunchOptions {
  /** A profile to reuse (a relaunch after a kill); a fresh one by default. */
  readonly profile?: string;
  /**
   * `false`: no extension yet, and the DevTools pipe allowed to load one later
   * (`Extensions.loadUnpacked` needs --enable-unsafe-extension-debugging).
   */
  readonly extension?: boolean;
}

export async function launchChromium({ profile = newProfile(), extension = true }: LaunchOptions = {}): Promise<{ context: BrowserContext; profile: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    ...(extension
      ? { args: extensionArgs(EXTENSION_DIR) }
      : // Playwright disables extensions unless told which to load; this one is loaded later.
        { ignoreDefaultArgs: ['--disable-extensions'], args: [...CHROMIUM_ARGS, '--enable-unsafe-extension-debugging'] }),
  });
  await routeFixtureSites(context);
  return { context, profile };
}

const ANSWER_WAIT_MS = 500;
const LIVE_WORKER_DEADLINE_MS = 20_000;

/**
 * The extension's running service worker, one that answers. MV3 stops an idle worker after ~30 s
 * and starts a new one on the next event; Playwright then reports a new Worker and the old handle
 * is dead. A stopped worker is woken by opening an extension page.
 */
export async function liveWorker(context: BrowserContext): Promise<Worker> {
  const answers = (w: Worker) =>
    Promise.race([
      // A worker that is still starting can answer before the extension APIs are bound.
      w
        .evaluate(() => {
          const { chrome } = globalThis as unknown as { chrome?: { storage?: { local?: unknown } } };
          return chrome?.storage?.local !== undefined;
        })
        .catch(() => false),
      new Promise<boolean>((r) => setTimeout(r, ANSWER_WAIT_MS, false)),
    ]);
  const deadline = Date.now() + LIVE_WORKER_DEADLINE_MS;
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    const worker = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${CHROME_EXTENSION_ID}/`)).at(-1);
    if (worker && (await answers(worker))) return worker;
    if (attempt % 4 === 0) {
      const page = await context.newPage();
      // While the extension reloads its pages are refused for a moment; the next try will do.
      await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html`).catch(() => undefined);
      await page.close();
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the extension service worker does not answer');
}
