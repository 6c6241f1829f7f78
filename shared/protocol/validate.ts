/**
 * Runtime checks for messages arriving at the worker. Content scripts run inside pages we do not
 * control, so every payload is untrusted input until it passes here.
 */
import { CAPTURE_TRIGGERS } from '../events/captured-event';
import type { Envelope, MessageType, RequestOf } from './messages';

/** Prompts larger than this are rejected at the boundary; the engine has its own scan budget. */
export const MAX_PROMPT_CHARS = 5 * 1024 * 1024;
/** Upper bound of a popup page size. */
export const MAX_RECENT_EVENTS = 500;
const SITE_ID = /^[a-z0-9-]{1,32}$/;

type Validator<T extends MessageType> = (payload: unknown) => RequestOf<T> | string;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const validators: { readonly [T in MessageType]: Validator<T> } = {
  'prompt/captured': (p) => {
    if (!isRecord(p)) return 'payload must be an object';
    const { site, text, trigger } = p;
    if (typeof site !== 'string' || !SITE_ID.test(site)) return 'site must be an adapter id';
    if (typeof text !== 'string') return 'text must be a string';
    if (text.length > MAX_PROMPT_CHARS) return `text exceeds ${MAX_PROMPT_CHARS} characters`;
    if (!CAPTURE_TRIGGERS.some((t) => t === trigger)) return 'unknown trigger';
    return { site, text, trigger: trigger as RequestOf<'prompt/captured'>['trigger'] };
  },
  'events/recent': (p) => {
    if (!isRecord(p)) return 'payload must be an object';
    const { limit } = p;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_RECENT_EVENTS) {
      return `limit must be an integer from 1 to ${MAX_RECENT_EVENTS}`;
    }
    return { limit };
  },
  'status/get': (p) => (isRecord(p) ? {} : 'payload must be an object'),
};

function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(validators, value);
}

/** Parses an untrusted message into a typed envelope, or returns the reason it is invalid. */
export function parseEnvelope(message: unknown): Envelope | string {
  if (!isRecord(message)) return 'message must be an object';
  const { type, payload } = message;
  if (!isMessageType(type)) return `unknown message type: ${String(type).slice(0, 40)}`;
  const validate = validators[type] as Validator<MessageType>;
  const parsed = validate(payload);
  return typeof parsed === 'string' ? `${type}: ${parsed}` : { type, payload: parsed };
}
