import type { DetectorInput } from './types';

/**
 * Indexes over a detector input that several detectors need, computed on first use and shared by
 * every detector that sees the same input object (the engine hands all detectors one input per
 * text, plus one per joined window). A detector opts in by calling the function instead of
 * walking the text itself:
 *
 *   const lines = lineIndex(input);          // every line's bounds, no substring copies
 *   const runs = digitRuns(input);           // [start, end) of each run of ASCII digits
 *   if (runs.length === 0) return [];        // no digit at all: skip a digit-led regex
 *
 * The caches are `WeakMap`s keyed by the input: a pure function of its key, never observable,
 * collected with the input. Hand-built inputs (tests, benches) work the same.
 */

/** Lines of a text: line `i` is `[starts[i], ends[i])`, without its `\n` or `\r\n`. */
export interface LineIndex {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const lineCache = new WeakMap<DetectorInput, LineIndex>();
const digitCache = new WeakMap<DetectorInput, Int32Array>();

export function lineIndex(input: DetectorInput): LineIndex {
  let index = lineCache.get(input);
  if (index === undefined) {
    index = indexLines(input.text);
    lineCache.set(input, index);
  }
  return index;
}

/** Splits on `\n` (a preceding `\r` is excluded from the line). One `indexOf` pass, no regex. */
export function indexLines(text: string): LineIndex {
  let count = 1;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) count++;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  let start = 0;
  let i = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    starts[i] = start;
    ends[i++] = nl > start && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    start = nl + 1;
  }
  starts[i] = start;
  ends[i] = text.length;
  return { count, starts, ends };
}

/** The line containing `offset`: a binary search over the line starts. */
export function lineAt(lines: LineIndex, offset: number): number {
  let lo = 0;
  let hi = lines.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Maximal runs of ASCII digits as a flat array `[start0, end0, start1, end1, …]`. Most PII formats
 * (cards, national IDs, dates, phone numbers) start with a digit: a text without any needs no
 * regex, and a sticky regex can be tried at run starts only.
 */
export function digitRuns(input: DetectorInput): Int32Array {
  let runs = digitCache.get(input);
  if (runs === undefined) {
    runs = findDigitRuns(input.text);
    digitCache.set(input, runs);
  }
  return runs;
}

export function findDigitRuns(text: string): Int32Array {
  const out: number[] = [];
  const re = /\d+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index, m.index + m[0].length);
  return Int32Array.from(out);
}
