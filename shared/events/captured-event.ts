/**
 * What the device keeps about a captured prompt. No prompt text: the local store never holds a
 * raw detected value (see README, "What is kept on the device").
 */

/** Submits of a typed prompt, then content that enters the composer another way. */
export const CAPTURE_TRIGGERS = ['enter', 'send-button', 'form-submit', 'paste', 'drop', 'file-upload'] as const;
export type CaptureTrigger = (typeof CAPTURE_TRIGGERS)[number];

/** What happened to the prompt: `allow` (clean), or the enforcement action that applied. */
export const CAPTURE_ACTIONS = ['allow', 'monitor', 'warn', 'block', 'redact'] as const;
export type CaptureAction = (typeof CAPTURE_ACTIONS)[number];

/** What the user chose in the warning dialog (or `fail-closed` when no verdict came in time). */
export const CAPTURE_CHOICES = ['edit', 'redact', 'send-anyway', 'dismissed', 'fail-closed'] as const;
export type CaptureChoice = (typeof CAPTURE_CHOICES)[number];

/** An uploaded, pasted or dropped file: metadata only, never its content. */
export interface CapturedFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

export interface CapturedEvent {
  /** Random UUID, also the future idempotency key towards the collector. */
  readonly id: string;
  /** Adapter id of the chatbot site, e.g. `chatgpt`. */
  readonly site: string;
  /** Hostname the prompt was submitted on. */
  readonly host: string;
  /** Epoch milliseconds. */
  readonly capturedAt: number;
  /** Prompt length in UTF-16 code units. */
  readonly length: number;
  readonly trigger: CaptureTrigger;
  /** Enforcement outcome; absent on events recorded before enforcement existed. */
  readonly action?: CaptureAction;
  readonly choice?: CaptureChoice;
  /** The user's reason for sending anyway, when policy asks for one. */
  readonly justification?: string;
  /** 0–100 content risk of the full scan. */
  readonly risk?: number;
  /** Finding types and counts; never values. */
  readonly findings?: readonly { readonly type: string; readonly count: number }[];
  /** Part of the text went unchecked (a findings budget or the size limit): counts are a floor. */
  readonly capped?: true;
  readonly file?: CapturedFile;
}
