/**
 * A value that is the whole message: a pasted form field ("078051121", "C01234565"). Ambiguous
 * bare forms (nine digits, an alphanumeric document number) normally need a context word, but
 * when nothing else was sent there is no other reading to prefer: such values are reported at
 * low severity (redacted on request, never flagging a prompt on their own).
 */
const AROUND = /^[\s"'`“”‘’«»()[\]{}<>.,;:!?-]*$/;

export const isStandalone = (text: string, start: number, end: number): boolean =>
  AROUND.test(text.slice(0, start)) && AROUND.test(text.slice(end));

/** Confidence of a value reported only because it stands alone. */
export const STANDALONE_CONFIDENCE = 0.45;
