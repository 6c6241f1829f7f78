/**
 * The one message protocol between content scripts, extension pages and the background worker.
 * Each feature declares its messages (types and boundary specs) in its own `*-messages.ts`; this
 * file joins them. Handlers are an object typed by `ProtocolMap`, so a missing handler or spec
 * is a compile error.
 */
import { CAPTURE_SPECS, type CaptureMessages } from './capture-messages';
import type { MessageSpec } from './message-spec';
import { POLICY_SPECS, type PolicyMessages } from './policy-messages';
import { POPUP_SPECS, type PopupMessages } from './popup-messages';
import { UI_SPECS, type UiMessages } from './ui-messages';

export type { ExtensionStatus } from './popup-messages';
/**
 * The worker's own requests to its NLP host (issue #4). Joined here so the protocol has one
 * index, but kept out of `ProtocolMap`: the worker sends them and its router never receives them.
 * Their validators live in nlp-messages.ts, imported only by the worker and the NLP host.
 */
export type { NlpMessages, NlpScanRequest, NlpScanResponse } from './nlp-messages';

export interface ProtocolMap extends CaptureMessages, PopupMessages, PolicyMessages, UiMessages {}

export type MessageType = keyof ProtocolMap;
export type RequestOf<T extends MessageType> = ProtocolMap[T]['request'];
export type ResponseOf<T extends MessageType> = ProtocolMap[T]['response'];

export const MESSAGE_SPECS: { readonly [T in MessageType]: MessageSpec<RequestOf<T>> } = {
  ...CAPTURE_SPECS,
  ...POPUP_SPECS,
  ...POLICY_SPECS,
  ...UI_SPECS,
};

/** The envelope on the wire. */
export interface Envelope<T extends MessageType = MessageType> {
  readonly type: T;
  readonly payload: RequestOf<T>;
}

/** Replies carry either the response or an error string, never a thrown exception across contexts. */
export type Reply<T extends MessageType> =
  | { readonly ok: true; readonly value: ResponseOf<T> }
  | { readonly ok: false; readonly error: string };
