import { browser } from 'wxt/browser';
import type { SiteId } from '../../../shared/sites/known-sites';
import { sendMessage } from '../messaging/send';
import type { CaptureTransport } from './capture-context';
import { timed } from './test-timings';

/**
 * The content script's line to the worker. After an extension update or removal the old script
 * keeps running in the page but `runtime.id` is gone and every message throws "Extension
 * context invalidated"; `orphaned` reports that state without sending anything.
 */
export function runtimeTransport(site: SiteId): CaptureTransport {
  return {
    // Timed in test builds: posting serialises the text synchronously (see the e2e perf suite).
    scan: timed('scan-request', (text: string) => sendMessage('prompt/scan', { site, text })),
    config: () => sendMessage('capture/config', { site }),
    record: (prompt) => sendMessage('prompt/captured', prompt),
    loadUi: () => sendMessage('ui/load', { site }),
    orphaned: () => {
      try {
        return !browser.runtime?.id;
      } catch {
        return true;
      }
    },
  };
}
