/**
 * What the device keeps about a captured prompt. No prompt text: the local store never holds a
 * raw detected value (see README, "What is kept on the device").
 */

export const CAPTURE_TRIGGERS = ['enter', 'send-button', 'form-submit'] as const;
export type CaptureTrigger = (typeof CAPTURE_TRIGGERS)[number];

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
}
