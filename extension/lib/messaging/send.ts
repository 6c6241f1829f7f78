import { browser } from 'wxt/browser';
import type { MessageType, Reply, RequestOf, ResponseOf } from '../../../shared/protocol/messages';

/** Sends a typed message to the background worker; rejects with the worker's error message. */
export async function sendMessage<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
