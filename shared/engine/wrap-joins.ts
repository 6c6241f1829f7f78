/**
 * Line-wrapping must not hide a secret: a token hard-wrapped at 64/76 columns (MIME, PEM bodies,
 * terminal copy) or split by a `\n` escape inside a quoted string is invisible to a single-line
 * pattern. Rather than rewrite the whole text (which would break detectors that rely on line
 * structure), the engine finds such breaks and builds small "joined windows" around them;
 * detectors run again on those windows only, and a finding from a window is kept only if it
 * crosses a removed break. Text without long token runs at line ends pays one `indexOf` loop.
 */

/** Characters of keys, tokens and base64/base64url/hex bodies. */
function isTokenChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    c === 0x2b || c === 0x2f || c === 0x3d || c === 0x5f || c === 0x2d
  );
}

/**
 * A break is a join candidate only after this many token characters. The shortest credential
 * formats we want to catch wrapped are ~20 chars (AWS key ids) and wrap widths are ≥ 32, while
 * prose lines end in short words: 16 keeps prose and ordinary code out.
 */
export const MIN_RUN_BEFORE_BREAK = 16;
/** Context kept on each side of a joined run, so `password = "…` style context words survive. */
export const WINDOW_CONTEXT_CHARS = 256;
/** Budget: at most this many breaks are joined per text. */
export const MAX_JOINS = 2_000;

export interface JoinedWindow {
  /** Window text with the breaks removed. */
  readonly text: string;
  /** Window index → index in the text it was cut from, length `text.length + 1`. */
  readonly toSource: Int32Array;
  /** Window indices where a break was removed (the index of the first char after it), ascending. */
  readonly joins: readonly number[];
}

interface Break {
  readonly start: number;
  readonly end: number;
}

function findBreaks(text: string): Break[] {
  const breaks: Break[] = [];
  for (let i = text.indexOf('\n'); i !== -1 && breaks.length < MAX_JOINS; i = text.indexOf('\n', i + 1)) {
    considerBreak(text, text.charCodeAt(i - 1) === 0x0d ? i - 1 : i, i + 1, breaks);
  }
  // `\n` / `\r\n` escapes inside string literals (JSON, code).
  for (let i = text.indexOf('\\n'); i !== -1 && breaks.length < MAX_JOINS; i = text.indexOf('\\n', i + 2)) {
    const crlf = i >= 2 && text.charCodeAt(i - 2) === 0x5c && text.charCodeAt(i - 1) === 0x72;
    considerBreak(text, crlf ? i - 2 : i, i + 2, breaks);
  }
  return breaks.sort((a, b) => a.start - b.start);
}

/** Records the break at `start` (line content ends there) if a token run ends at it and goes on after. */
function considerBreak(text: string, start: number, afterBreak: number, breaks: Break[]): void {
  if (start < MIN_RUN_BEFORE_BREAK) return;
  // Backwards from the break: prose and code lines end in a short word, `;`, `{` or `)`, so most
  // breaks are rejected on their first character or two rather than after 16.
  for (let k = start - 1; k >= start - MIN_RUN_BEFORE_BREAK; k--) if (!isTokenChar(text.charCodeAt(k))) return;
  let end = afterBreak;
  while (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09) end++;
  if (isContinuation(text, end)) breaks.push({ start, end });
}

/**
 * Does the text at `from` continue a wrapped token? A long token run does; so does a short tail
 * (the last line of a wrapped key: `Nm0`, `==`) if it holds a digit or symbol — a plain word like
 * `bye` on the next line is prose that happens to follow a token.
 */
function isContinuation(text: string, from: number): boolean {
  let k = from;
  let nonLetter = false;
  while (k < text.length && k - from < MIN_RUN_BEFORE_BREAK && isTokenChar(text.charCodeAt(k))) {
    const c = text.charCodeAt(k);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) nonLetter = true;
    k++;
  }
  if (k - from >= MIN_RUN_BEFORE_BREAK) return true;
  return k > from && nonLetter;
}

const lineStart = (text: string, i: number): number => text.lastIndexOf('\n', i - 1) + 1;
const lineEnd = (text: string, i: number): number => {
  const n = text.indexOf('\n', i);
  return n === -1 ? text.length : n;
};

export function findJoinedWindows(text: string): JoinedWindow[] {
  const breaks = findBreaks(text);
  const windows: JoinedWindow[] = [];
  let i = 0;
  while (i < breaks.length) {
    // A cluster is a chain of breaks separated only by token characters (one wrapped token).
    let j = i;
    while (j + 1 < breaks.length && isTokenRun(text, breaks[j]!.end, breaks[j + 1]!.start)) j++;
    const first = breaks[i]!;
    const last = breaks[j]!;
    let runEnd = last.end;
    while (runEnd < text.length && isTokenChar(text.charCodeAt(runEnd))) runEnd++;
    const from = Math.max(lineStart(text, first.start), first.start - MIN_RUN_BEFORE_BREAK - WINDOW_CONTEXT_CHARS);
    const to = Math.min(lineEnd(text, runEnd), runEnd + WINDOW_CONTEXT_CHARS);
    windows.push(buildWindow(text, from, to, breaks.slice(i, j + 1)));
    i = j + 1;
  }
  return windows;
}

function isTokenRun(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isTokenChar(text.charCodeAt(k))) return false;
  return true;
}

function buildWindow(text: string, from: number, to: number, breaks: readonly Break[]): JoinedWindow {
  const parts: string[] = [];
  const joins: number[] = [];
  const toSource: number[] = [];
  let cursor = from;
  for (const b of [...breaks, { start: to, end: to }]) {
    const end = Math.min(b.start, to);
    parts.push(text.slice(cursor, end));
    for (let k = cursor; k < end; k++) toSource.push(k);
    if (b.start < to) joins.push(toSource.length);
    cursor = b.end;
  }
  toSource.push(to);
  return { text: parts.join(''), toSource: Int32Array.from(toSource), joins };
}

/** True when the window span [start, end) contains a removed break. */
export function crossesJoin(window: JoinedWindow, start: number, end: number): boolean {
  let lo = 0;
  let hi = window.joins.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (window.joins[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < window.joins.length && window.joins[lo]! < end;
}
