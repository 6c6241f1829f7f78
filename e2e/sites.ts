import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';

const SITES_DIR = resolve(import.meta.dirname, 'fixtures/sites');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Each real chatbot origin and the fixture folder that stands in for it. */
export const FIXTURE_ORIGINS: Readonly<Record<string, string>> = {
  'https://chatgpt.com': 'chatgpt',
  'https://chat.openai.com': 'chatgpt',
};

/**
 * Serves fixture pages under the sites' real URLs, so content-script match patterns stay real.
 * Any path that is not a file of the fixture gets its index page (the sites are SPAs); API
 * calls the fixture page makes are answered by its `api` handler and recorded on `window`.
 */
export async function routeFixtureSites(context: BrowserContext): Promise<void> {
  for (const [origin, folder] of Object.entries(FIXTURE_ORIGINS)) {
    await context.route(`${origin}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.startsWith('/backend-api/')) {
        await route.fulfill({ status: 200, contentType: 'application/json', body: '{"ok":true}' });
        return;
      }
      const file = extname(url.pathname) ? url.pathname : '/index.html';
      try {
        const body = await readFile(join(SITES_DIR, folder, file.replace(/\.\.+/g, '')));
        await route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body });
      } catch {
        await route.fulfill({ status: 404, body: 'not found' });
      }
    });
  }
}
