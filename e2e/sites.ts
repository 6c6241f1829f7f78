import type { BrowserContext, Page, Request } from '@playwright/test';
import { fixtureFile } from './fixture-files';

/** Each real chatbot origin and the fixture folder that stands in for it. */
export const FIXTURE_ORIGINS: Readonly<Record<string, string>> = {
  'https://chatgpt.com': 'chatgpt',
  'https://chat.openai.com': 'chatgpt',
  'https://gemini.google.com': 'gemini',
  'https://www.perplexity.ai': 'perplexity',
  'https://chat.deepseek.com': 'deepseek',
  // The same pages where no content script runs: baselines for the latency measurements.
  'https://chatgpt.baseline.test': 'chatgpt',
  'https://gemini.baseline.test': 'gemini',
  'https://perplexity.baseline.test': 'perplexity',
  'https://deepseek.baseline.test': 'deepseek',
};

/** A request a fixture page sent to its site's API: exactly what left the page. */
export interface SentRequest {
  readonly origin: string;
  readonly path: string;
  readonly body: string;
  /** The tab that sent it. */
  readonly page: Page | null;
}

function pageOf(request: Request): Page | null {
  try {
    return request.frame().page();
  } catch {
    return null; // a service-worker request has no frame
  }
}

const sent = new WeakMap<BrowserContext, SentRequest[]>();

/** Every API request the fixture pages of this context sent, oldest first. */
export function sentRequests(context: BrowserContext): readonly SentRequest[] {
  return sent.get(context) ?? [];
}

/**
 * Serves fixture pages under the sites' real URLs, so content-script match patterns stay real.
 * Any GET that is not a file of the fixture gets its index page (the sites are SPAs); every
 * POST is an API call of the page (conversation, StreamGenerate, perplexity_ask, completion):
 * its body is recorded for `sentRequests` and answered with an empty success.
 */
export async function routeFixtureSites(context: BrowserContext): Promise<void> {
  const log: SentRequest[] = [];
  sent.set(context, log);
  for (const [origin, folder] of Object.entries(FIXTURE_ORIGINS)) {
    await context.route(`${origin}/**`, async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (request.method() === 'POST') {
        log.push({ origin, path: url.pathname, body: request.postData() ?? '', page: pageOf(request) });
        await route.fulfill({ status: 200, contentType: 'application/json', body: '{"ok":true}' });
        return;
      }
      await route.fulfill(await fixtureFile(folder, url.pathname));
    });
  }
}
