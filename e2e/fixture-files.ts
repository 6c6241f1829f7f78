/**
 * What a fixture site answers to a GET, whichever browser driver intercepted it (Playwright's
 * `route` in sites.ts, Puppeteer's BiDi interception in firefox/): one answer, so the Chromium
 * and Firefox runs serve the same pages the same way.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

const SITES_DIR = resolve(import.meta.dirname, 'fixtures/sites');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureResponse {
  readonly status: 200 | 404;
  readonly contentType: string;
  readonly body: Buffer | string;
}

/**
 * The file of fixture `folder` at `pathname`. A path without an extension gets the index page (the
 * sites are single-page apps); `..` never leaves the folder; a missing file is a 404.
 */
export async function fixtureFile(folder: string, pathname: string): Promise<FixtureResponse> {
  const file = extname(pathname) ? pathname.replace(/\.\.+/g, '') : '/index.html';
  try {
    const body = await readFile(join(SITES_DIR, folder, file));
    return { status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body };
  } catch {
    return { status: 404, contentType: 'text/plain; charset=utf-8', body: 'not found' };
  }
}
