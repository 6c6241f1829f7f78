import { CAPTURE_TRIGGERS, type CaptureTrigger } from '../events/captured-event';
import { isRecord, type MessageSpec } from './message-spec';

/** Prompts larger than this are rejected at the boundary; the engine has its own scan budget. */
export const MAX_PROMPT_CHARS = 5 * 1024 * 1024;
const SITE_ID = /^[a-z0-9-]{1,32}$/;

export interface CaptureMessages {
  /** A content script saw a prompt being submitted. */
  'prompt/captured': {
    request: { readonly site: string; readonly text: string; readonly trigger: CaptureTrigger };
    response: { readonly eventId: string };
  };
}

export const CAPTURE_SPECS: { readonly [T in keyof CaptureMessages]: MessageSpec<CaptureMessages[T]['request']> } = {
  'prompt/captured': {
    origin: 'content-script',
    validate: (p) => {
      if (!isRecord(p)) return 'payload must be an object';
      const { site, text, trigger } = p;
      if (typeof site !== 'string' || !SITE_ID.test(site)) return 'site must be an adapter id';
      if (typeof text !== 'string') return 'text must be a string';
      if (text.length > MAX_PROMPT_CHARS) return `text exceeds ${MAX_PROMPT_CHARS} characters`;
      if (!CAPTURE_TRIGGERS.some((t) => t === trigger)) return 'unknown trigger';
      return { site, text, trigger: trigger as CaptureTrigger };
    },
  },
};
