import { sendMessage } from '../messaging/send';
import type { SiteAdapter } from '../sites/site-adapter';
import { installSubmitCapture } from './submit-capture';

/** Content-script side: report every submitted prompt to the worker. */
export function startCapture(adapter: SiteAdapter): void {
  installSubmitCapture(window, adapter, (text, trigger) => {
    // Never block the page on the worker; a failure is logged, the prompt still goes out.
    sendMessage('prompt/captured', { site: adapter.id, text, trigger }).catch((error: unknown) => {
      console.warn('[Sightline] could not record a prompt:', error);
    });
  });
}
