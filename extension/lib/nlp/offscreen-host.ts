/**
 * Chrome's offscreen document: a relay between the service worker and the NLP worker. Offscreen
 * documents may only use `runtime`, and every `runtime.sendMessage` in the extension reaches them
 * (content scripts' messages to the worker included), so the listener answers nothing but
 * `nlp/scan` from the extension's own worker and stays silent otherwise.
 */
import type { Runtime } from 'webextension-polyfill';
import { parseNlpEnvelope } from '../../../shared/protocol/nlp-messages';
import type { WorkerChannel } from './worker-channel';

export interface OffscreenRuntime {
  readonly id: string;
  getURL(path: string): string;
  readonly onMessage: {
    addListener(listener: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void;
  };
}

export function startOffscreenHost(runtime: OffscreenRuntime, channel: WorkerChannel): void {
  const origin = runtime.getURL('/');
  runtime.onMessage.addListener((message, sender) => {
    const envelope = parseNlpEnvelope(message);
    // Not ours: returning nothing lets the service worker answer it.
    if (envelope === null) return undefined;
    // Only the worker (an extension URL, no tab) may ask; a content script gets no reply from here.
    if (sender.id !== runtime.id || sender.tab || !sender.url?.startsWith(origin)) return undefined;
    if (typeof envelope === 'string') return Promise.resolve({ ok: false, error: envelope });
    return channel.request(envelope.payload).catch((error: unknown) => ({
      ok: false,
      error: `nlp/scan: ${error instanceof Error ? error.message : String(error)}`,
    }));
  });
}
