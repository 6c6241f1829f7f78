/**
 * Playwright fixtures: a fresh Chromium profile with the test build of the extension loaded, its
 * service worker and ID, and chatbot sites served from local fixture pages under their real URLs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { chromiumPath, extensionArgs } from './browser';
import { routeFixtureSites } from './sites';

/** The test build; SIGHTLINE_E2E_EXTENSION points elsewhere (a private copy while others rebuild). */
export const EXTENSION_DIR = process.env.SIGHTLINE_E2E_EXTENSION ?? resolve(import.meta.dirname, '../.output/chrome-mv3-test');

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'sightline-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: extensionArgs(EXTENSION_DIR),
    });
    await routeFixtureSites(context);
    try {
      await use(context);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
