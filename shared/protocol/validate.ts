/**
 * Runtime checks for messages arriving at the worker. Content scripts run inside pages we do not
 * control, so every payload is untrusted input until it passes here.
 */
import { MESSAGE_SPECS, type Envelope, type MessageType } from './messages';
import { isRecord, type MessageSpec } from './message-spec';

export { MAX_PROMPT_CHARS } from './capture-messages';

function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MESSAGE_SPECS, value);
}

/** Parses an untrusted message into a typed envelope, or returns the reason it is invalid. */
export function parseEnvelope(message: unknown): Envelope | string {
  if (!isRecord(message)) return 'message must be an object';
  const { type, payload } = message;
  if (!isMessageType(type)) return `unknown message type: ${String(type).slice(0, 40)}`;
  const spec = MESSAGE_SPECS[type] as MessageSpec<unknown>;
  const parsed = spec.validate(payload);
  return typeof parsed === 'string' ? `${type}: ${parsed}` : ({ type, payload: parsed } as Envelope);
}
