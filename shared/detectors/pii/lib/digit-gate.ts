import type { DetectorInput } from '../../../engine/types';
import { inputCache, type InputCache } from './input-cache';

/**
 * Most PII formats hold a run of several consecutive digits (an ID's 4-digit group, a PESEL's 11).
 * A text whose longest run is shorter cannot hold a match, so such a detector returns before its
 * regex scans anything: prose and most code (`i = 0`, `30 DAY`) have no run longer than two digits,
 * and ~20 ID patterns each cost a full pass otherwise (~1–2 ms per MB each, issue #3).
 */
const RUNS = /\d\d+/g;
/** No format asks for a longer run than this (PESEL and TCKN: 11): longer runs count as this long. */
const ENOUGH = 16;
/**
 * Beyond this many runs the index is not kept (a paste of numbers, thousands of rows): detectors
 * then scan the text as they would without it. Bounds the index's memory, not its correctness.
 */
const MAX_INDEXED_RUNS = 4096;

/**
 * The runs of two or more ASCII digits in the input's text, as `[start0, end0, start1, end1, …]`
 * ascending, computed once per input; `null` when the text holds more than MAX_INDEXED_RUNS.
 * Every numeric ID opens with such a run (its first digit follows no digit), and the run's length
 * tells its layout apart ("130 692 544" opens with a run of 3, "130692544" is one of 9): an ID
 * detector tries its pattern only at the runs its layouts can open with (lib/regex-scan.ts
 * scanAtRuns) instead of a pass over the whole text each.
 */
export function digitRuns(input: DetectorInput): Int32Array | null {
  if (globalThis.__CONTENT_SCRIPT__) return null;
  const cache = inputCache(input);
  if (cache.digitRuns === undefined) index(input.text, cache);
  return cache.digitRuns!;
}

/** Length of the longest run of ASCII digits in the input's text (at most ENOUGH), computed once per input. */
export function longestDigitRun(input: DetectorInput): number {
  const cache = inputCache(input);
  if (cache.longestDigitRun === undefined) {
    // The page's build keeps no run index (its scans try the patterns over the whole text), so
    // neither the index nor the indexed scans weigh on its 80 KB budget.
    if (globalThis.__CONTENT_SCRIPT__) cache.longestDigitRun = measure(input.text);
    else index(input.text, cache);
  }
  return cache.longestDigitRun!;
}

const RUN_OF_3 = /\d{3,}/g;

function measure(text: string): number {
  // Runs of three or more are rare outside numbers worth reading: visit only those.
  let longest = 0;
  RUN_OF_3.lastIndex = 0;
  for (let m = RUN_OF_3.exec(text); m !== null && longest < ENOUGH; m = RUN_OF_3.exec(text)) longest = Math.max(longest, m[0].length);
  if (longest > 0) return Math.min(longest, ENOUGH);
  return /\d\d/.test(text) ? 2 : /\d/.test(text) ? 1 : 0;
}

/** One pass for both facts: the runs of two or more digits, and the longest run. */
function index(text: string, cache: InputCache): void {
  const runs: number[] = [];
  let longest = 0;
  RUNS.lastIndex = 0;
  // `test` and a short walk back to the run's start: no match array per run. A run longer than
  // any layout is measured by a look-behind instead (V8 reads it backwards natively): 100 KB of
  // digits would otherwise cost a JavaScript loop over each of them.
  while (RUNS.test(text)) {
    const end = RUNS.lastIndex;
    let start = end - 2;
    while (start > 0 && end - start < ENOUGH && isDigit(text.charCodeAt(start - 1))) start--;
    if (start > 0 && isDigit(text.charCodeAt(start - 1))) {
      RUN_BEFORE.lastIndex = end;
      start = end - RUN_BEFORE.exec(text)![1]!.length;
    }
    if (runs.length <= 2 * MAX_INDEXED_RUNS) runs.push(start, end);
    longest = Math.max(longest, end - start);
    // A paste of numbers: past the index's bound only the longest run is still wanted.
    if (longest >= ENOUGH && runs.length > 2 * MAX_INDEXED_RUNS) break;
  }
  cache.digitRuns = runs.length > 2 * MAX_INDEXED_RUNS ? null : Int32Array.from(runs);
  cache.longestDigitRun = longest > 0 ? Math.min(longest, ENOUGH) : /\d/.test(text) ? 1 : 0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The whole run of digits that ends where it is tried. */
const RUN_BEFORE = /(?<=(?<!\d)(\d+))/y;

/** True when the input has a run of at least `digits` consecutive digits. */
export const hasDigitRun = (input: DetectorInput, digits: number): boolean => longestDigitRun(input) >= digits;
