import type { CapturedEvent } from '../events/captured-event';
import { isRecord, type MessageSpec } from './message-spec';

/** Upper bound of a popup page size. */
export const MAX_RECENT_EVENTS = 500;

export interface ExtensionStatus {
  readonly version: string;
  /** Whether the `<all_urls>` host permission is granted (users can revoke it on Firefox). */
  readonly hostAccess: boolean;
}

export interface PopupMessages {
  /** The popup lists recent events, newest first. */
  'events/recent': {
    request: { readonly limit: number };
    response: { readonly events: readonly CapturedEvent[] };
  };
  /** The popup asks what the extension can and cannot do right now. */
  'status/get': {
    request: Record<string, never>;
    response: ExtensionStatus;
  };
}

export const POPUP_SPECS: { readonly [T in keyof PopupMessages]: MessageSpec<PopupMessages[T]['request']> } = {
  'events/recent': {
    origin: 'extension-page',
    validate: (p) => {
      if (!isRecord(p)) return 'payload must be an object';
      const { limit } = p;
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_RECENT_EVENTS) {
        return `limit must be an integer from 1 to ${MAX_RECENT_EVENTS}`;
      }
      return { limit };
    },
  },
  'status/get': { origin: 'extension-page', validate: (p) => (isRecord(p) ? {} : 'payload must be an object') },
};
