/**
 * The worker side of the message protocol: validates every message, checks who sent it, and
 * dispatches to a handler object that must cover every message type.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from '../../../shared/protocol/messages';
import { parseEnvelope } from '../../../shared/protocol/validate';

export type Handler<T extends MessageType> = (
  payload: RequestOf<T>,
  sender: Runtime.MessageSender,
) => Promise<ResponseOf<T>>;
export type Handlers = { readonly [T in MessageType]: Handler<T> };

/** Who may send a message: returns a reason to refuse, or null. */
export type SenderCheck = (envelope: Envelope, sender: Runtime.MessageSender) => string | null;

export function createRouter(handlers: Handlers, checkSender: SenderCheck) {
  return async (message: unknown, sender: Runtime.MessageSender): Promise<Reply<MessageType>> => {
    const envelope = parseEnvelope(message);
    if (typeof envelope === 'string') return { ok: false, error: envelope };
    const refusal = checkSender(envelope, sender);
    if (refusal) return { ok: false, error: `${envelope.type}: ${refusal}` };
    const handler = handlers[envelope.type] as Handler<MessageType>;
    try {
      return { ok: true, value: await handler(envelope.payload, sender) };
    } catch (error) {
      return { ok: false, error: `${envelope.type}: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}
