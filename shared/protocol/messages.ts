/**
 * The one message protocol between content scripts, popup and the background worker. Each entry
 * maps a message type to its request payload and its response; handlers are an object typed by
 * this map, so a missing handler is a compile error.
 */
import type { CaptureTrigger, CapturedEvent } from '../events/captured-event';

export interface ProtocolMap {
  /** A content script saw a prompt being submitted. */
  'prompt/captured': {
    request: { readonly site: string; readonly text: string; readonly trigger: CaptureTrigger };
    response: { readonly eventId: string };
  };
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

export interface ExtensionStatus {
  readonly version: string;
  /** Whether the `<all_urls>` host permission is granted (users can revoke it on Firefox). */
  readonly hostAccess: boolean;
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<T extends MessageType> = ProtocolMap[T]['request'];
export type ResponseOf<T extends MessageType> = ProtocolMap[T]['response'];

/** The envelope on the wire. */
export interface Envelope<T extends MessageType = MessageType> {
  readonly type: T;
  readonly payload: RequestOf<T>;
}

/** Replies carry either the response or an error string, never a thrown exception across contexts. */
export type Reply<T extends MessageType> =
  | { readonly ok: true; readonly value: ResponseOf<T> }
  | { readonly ok: false; readonly error: string };
