/**
 * Keeps Chrome's one offscreen document (the NLP host) open: created on the first request,
 * re-created if Chrome or anyone closed it, and never twice at once. What exists is asked of
 * Chrome every time (`runtime.getContexts`, Chrome 116+); the only memo is the creation in flight,
 * which two captures arriving together must share.
 */

/** `chrome.offscreen` and `chrome.runtime.getContexts` (not in webextension-polyfill's types). */
export interface OffscreenApis {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<readonly unknown[]>;
}

export const OFFSCREEN_PATH = '/offscreen.html';
/** Chrome's error when a second document is requested (a creation by another path raced ours). */
const ALREADY_EXISTS = /single offscreen document/i;

export function createOffscreenKeeper(apis: OffscreenApis, url: string): () => Promise<void> {
  let creating: Promise<void> | undefined;
  return async function ensureOffscreen(): Promise<void> {
    if (creating) return creating;
    const open = await apis.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (open.length > 0) return;
    // Another caller may have started while we asked.
    creating ??= apis
      .createDocument({
        url,
        // The document only spawns the NLP worker (offscreen documents have no other way to run
        // one: a service worker cannot start a Worker). WORKERS documents are not closed on a timer.
        reasons: ['WORKERS'],
        justification: 'Runs the on-device natural-language tagger in a worker, off the service worker.',
      })
      .catch((error: unknown) => {
        if (!ALREADY_EXISTS.test(error instanceof Error ? error.message : String(error))) throw error;
      })
      .finally(() => {
        creating = undefined;
      });
    return creating;
  };
}
