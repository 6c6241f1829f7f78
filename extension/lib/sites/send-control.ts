import { bypassed } from './bypass';
import { waitFor } from './editor-io';
import { findSendControl, isDisabledControl, type SiteAdapter } from './site-adapter';

/** Send controls enable themselves after the editor's state update; this is how long we wait. */
const ENABLE_TIMEOUT_MS = 1000;

/**
 * Sends the way the user would: a click on the send control once the site has enabled it (a
 * click is handled by every app we know, trusted or not), else the composer's form. Returns
 * false when neither exists, so the caller can tell the user instead of dropping the prompt.
 */
export async function submitViaControl(adapter: SiteAdapter, composer: Element): Promise<boolean> {
  const doc = composer.ownerDocument;
  const enabled = () => {
    const control = findSendControl(adapter, doc);
    return control !== null && !isDisabledControl(control);
  };
  if (await waitFor(enabled, ENABLE_TIMEOUT_MS)) {
    const control = findSendControl(adapter, doc);
    if (control instanceof HTMLElement) {
      bypassed(() => control.click());
      return true;
    }
  }
  const form = composer.closest('form');
  if (form) {
    bypassed(() => form.requestSubmit());
    return true;
  }
  return false;
}
