import type { DetectorInput } from '../../../engine/types';
import { inputCache } from './input-cache';

/**
 * Most PII formats hold a run of several consecutive digits (an ID's 4-digit group, a PESEL's 11).
 * A text whose longest run is shorter cannot hold a match, so such a detector returns before its
 * regex scans anything: prose and most code (`i = 0`, `30 DAY`) have no run longer than two digits,
 * and ~20 ID patterns each cost a full pass otherwise (~1–2 ms per MB each, issue #3).
 *
 * The runs themselves are kept too (one pass for all detectors): a pattern whose matches open a
 * run is tried only at run starts (regex-scan.ts `scanAtRunStarts`), not at every position.
 */
/** No format asks for a longer run than this (PESEL and TCKN: 11). */
const ENOUGH = 16;
/**
 * Runs kept per text; a text with more (a table of numbers, a hex dump) keeps none and the
 * detectors scan it with their global patterns, as before.
 */
const MAX_RUNS = 2048;

interface Runs {
  /** `[start0, end0, start1, end1, …]`, or `null` past MAX_RUNS. */
  readonly bounds: readonly number[] | null;
  /** Longest run, at most ENOUGH. */
  readonly longest: number;
}

function runs(input: DetectorInput): Runs {
  const cache = inputCache(input);
  if (cache.digitRuns === undefined) cache.digitRuns = measure(input.text);
  return cache.digitRuns;
}

const DIGITS = /\d+/g;

function measure(text: string): Runs {
  let bounds: number[] | null = [];
  let longest = 0;
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) {
    const end = DIGITS.lastIndex;
    longest = Math.max(longest, end - m.index);
    if (bounds === null) continue;
    if (bounds.length < 2 * MAX_RUNS) bounds.push(m.index, end);
    else bounds = null;
  }
  return { bounds, longest: Math.min(longest, ENOUGH) };
}

/** Length of the longest run of ASCII digits in the input's text (at most ENOUGH), computed once per input. */
export const longestDigitRun = (input: DetectorInput): number => runs(input).longest;

/** True when the input has a run of at least `digits` consecutive digits. */
export const hasDigitRun = (input: DetectorInput, digits: number): boolean => runs(input).longest >= digits;

/** The input's runs of ASCII digits as `[start, end, …]`, or `null` when it has too many to keep. */
export const digitRunBounds = (input: DetectorInput): readonly number[] | null => runs(input).bounds;
