import type { DetectorInput } from '../../../engine/types';
import { inputCache } from './input-cache';

/**
 * Most PII formats hold a run of several consecutive digits (an ID's 4-digit group, a PESEL's 11).
 * A text whose longest run is shorter cannot hold a match, so such a detector returns before its
 * regex scans anything: prose and most code (`i = 0`, `30 DAY`) have no run longer than two digits,
 * and ~20 ID patterns each cost a full pass otherwise (~1–2 ms per MB each, issue #3).
 */
const RUN_OF_3 = /\d{3,}/g;
/** No format asks for a longer run than this (PESEL and TCKN: 11), so the walk may stop there. */
const ENOUGH = 16;

/** Length of the longest run of ASCII digits in the input's text (at most ENOUGH), computed once per input. */
export function longestDigitRun(input: DetectorInput): number {
  const cache = inputCache(input);
  if (cache.longestDigitRun === undefined) cache.longestDigitRun = measure(input.text);
  return cache.longestDigitRun;
}

function measure(text: string): number {
  // Runs of three or more are rare outside numbers worth reading: visit only those.
  let longest = 0;
  RUN_OF_3.lastIndex = 0;
  for (let m = RUN_OF_3.exec(text); m !== null && longest < ENOUGH; m = RUN_OF_3.exec(text)) longest = Math.max(longest, m[0].length);
  if (longest > 0) return Math.min(longest, ENOUGH);
  return /\d\d/.test(text) ? 2 : /\d/.test(text) ? 1 : 0;
}

/** True when the input has a run of at least `digits` consecutive digits. */
export const hasDigitRun = (input: DetectorInput, digits: number): boolean => longestDigitRun(input) >= digits;
