/**
 * Playwright fixtures: a fresh Chromium profile with the test build of the extension loaded, its
 * service worker and ID, and chatbot sites served from local fixture pages under their real URLs.
 */
import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { launchChromium, removeProfile } from './launch';

export { EXTENSION_DIR } from './launch';

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  context: async ({}, use) => {
    const { context, profile } = await launchChromium();
    try {
      await use(context);
    } finally {
      await context.close();
      removeProfile(profile);
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
