/**
 * Where each element of a batch's `events` array sits in the request text, so the collector stores
 * the bytes it received instead of re-serialising every parsed event (`JSON.stringify` and a UTF-8
 * length per event were ~30 % of a batch's CPU in the profile).
 *
 * Runs on text that `JSON.parse` has already accepted, so it only tracks strings and nesting. Each
 * span also counts its members (`:` outside strings): `keyCount` of the parsed event equals it
 * only when no object in the event repeats a key. With a repeated key, JSON.parse keeps the last
 * one and another parser may keep the first, so the raw text could read differently from what was
 * validated; the caller then stores the re-serialised event instead.
 */

export interface EventSpan {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** `:` outside strings: the number of object members in the element. */
  readonly members: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** A number, `true`, `false` or `null` runs until one of these. */
const endsScalar = (c: number) => c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c);

/**
 * Spans of the top-level `events` array's elements (the last `events` member wins, as in
 * JSON.parse), or undefined when the text is not a JSON object with such an array.
 */
export function eventSpans(text: string): EventSpan[] | undefined {
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_BRACE) return undefined;
  i = skipSpace(text, i + 1);
  let spans: EventSpan[] | undefined;
  while (text.charCodeAt(i) === QUOTE) {
    const keyEnd = endOfString(text, i);
    const raw = text.slice(i, keyEnd);
    const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return undefined;
    i = skipSpace(text, i + 1);
    if (key === 'events') {
      if (text.charCodeAt(i) !== OPEN_BRACKET) return undefined;
      const elements = arraySpans(text, i);
      if (!elements) return undefined;
      [spans, i] = elements;
    } else i = endOfValue(text, i).end;
    i = skipSpace(text, i);
    if (text.charCodeAt(i) !== COMMA) break;
    i = skipSpace(text, i + 1);
  }
  return text.charCodeAt(i) === CLOSE_BRACE ? spans : undefined;
}

/** `at` is the `[`. Returns the spans and the index after the `]`. */
function arraySpans(text: string, at: number): [EventSpan[], number] | undefined {
  const spans: EventSpan[] = [];
  let i = skipSpace(text, at + 1);
  if (text.charCodeAt(i) === CLOSE_BRACKET) return [spans, i + 1];
  for (;;) {
    const { end, members } = endOfValue(text, i);
    spans.push({ start: i, end, members });
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === CLOSE_BRACKET) return [spans, i + 1];
    if (c !== COMMA) return undefined;
    i = skipSpace(text, i + 1);
  }
}

/** The value starting at `at`: where it ends, and how many object members it holds. */
function endOfValue(text: string, at: number): { end: number; members: number } {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return { end: endOfString(text, at), members: 0 };
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let i = at;
    while (i < text.length && !endsScalar(text.charCodeAt(i))) i++;
    return { end: i, members: 0 };
  }
  let depth = 0;
  let members = 0;
  for (let i = at; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i);
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (--depth === 0) return { end: i + 1, members };
    } else if (c === COLON) members++;
    i++;
  }
  return { end: text.length, members };
}

/** `at` is the opening quote; returns the index after the closing one. */
function endOfString(text: string, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Object members in a parsed JSON value, nested ones included. */
export function keyCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += keyCount(item);
    return n;
  }
  for (const key in value) n += 1 + keyCount((value as Record<string, unknown>)[key]);
  return n;
}
