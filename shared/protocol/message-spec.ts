/**
 * How one message is checked at the worker boundary: its payload validator and which context may
 * send it. Each feature declares its messages in its own `*-messages.ts` file; `messages.ts`
 * joins them, and the type system proves every message has a spec.
 */

/** `content-script`: a script on a page of a known site; `extension-page`: popup, options, notices. */
export type MessageOrigin = 'content-script' | 'extension-page';

export interface MessageSpec<Request> {
  readonly origin: MessageOrigin;
  /** Returns the typed payload (unknown fields dropped) or the reason it is invalid. */
  readonly validate: (payload: unknown) => Request | string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
