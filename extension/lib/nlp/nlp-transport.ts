/**
 * Where the NLP host lives, per browser: the one compatibility module for it (issue #4).
 *  - Chrome/Edge: a service worker can neither `import()` lazily nor start a Worker, so an
 *    offscreen document (offscreen.html) starts the NLP worker and relays `runtime` messages to it.
 *  - Firefox: the MV3 background is an event page with a DOM, so it starts the NLP worker itself.
 *    (WXT builds the background as one IIFE; an `import()` there would be inlined and compromise
 *    loaded with the page, so a worker is also what keeps it out of the background on Firefox.)
 * Either way compromise runs on its own thread, and only in nlp-worker.js.
 */
import { browser } from 'wxt/browser';
import type { NlpTransport } from './nlp-client';
import { createOffscreenKeeper, OFFSCREEN_PATH, type OffscreenApis } from './offscreen-document';
import { createWorkerChannel, type WorkerLike } from './worker-channel';

export const NLP_WORKER_PATH = '/nlp-worker.js';

/** Chrome's message when no context is listening (the document closed between check and send). */
const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;

export function offscreenTransport(ensure: () => Promise<void>, send: (message: unknown) => Promise<unknown>): NlpTransport {
  return async (payload) => {
    await ensure();
    try {
      return await send({ type: 'nlp/scan', payload });
    } catch (error) {
      if (!NO_RECEIVER.test(error instanceof Error ? error.message : String(error))) throw error;
      await ensure();
      return send({ type: 'nlp/scan', payload });
    }
  };
}

export function spawnNlpWorker(): WorkerLike {
  return new Worker(browser.runtime.getURL(NLP_WORKER_PATH)) as unknown as WorkerLike;
}

export function browserNlpTransport(): NlpTransport {
  if (import.meta.env.BROWSER === 'firefox') {
    const channel = createWorkerChannel(spawnNlpWorker);
    return (payload) => channel.request(payload);
  }
  const chrome = (globalThis as unknown as { chrome: { offscreen: OffscreenApis; runtime: OffscreenApis } }).chrome;
  const apis: OffscreenApis = {
    createDocument: (parameters) => chrome.offscreen.createDocument(parameters),
    getContexts: (filter) => chrome.runtime.getContexts(filter),
  };
  return offscreenTransport(createOffscreenKeeper(apis, browser.runtime.getURL(OFFSCREEN_PATH)), (message) => browser.runtime.sendMessage(message));
}
