import { CAPTURE_SPECS } from './capture-messages';
import type { MessageSpec } from './message-spec';

export interface UiMessages {
  /**
   * A content script needs the in-page dialog, which the content scripts do not carry (issue #8):
   * the worker injects the dialog's script into the sender's own tab and frame and replies once it
   * ran. The site lets the sender check hold the page to that site's hosts.
   */
  'ui/load': {
    request: { readonly site: string };
    response: null;
  };
}

export const UI_SPECS: { readonly [T in keyof UiMessages]: MessageSpec<UiMessages[T]['request']> } = {
  // The same payload as `capture/config`: the adapter id alone.
  'ui/load': { origin: 'content-script', validate: CAPTURE_SPECS['capture/config'].validate },
};
