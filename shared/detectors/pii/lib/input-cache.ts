import type { Candidates, DetectorInput } from '../../../engine/types';

/**
 * Work the PII detectors share per input object, in one `WeakMap` entry per input: each memoised
 * detector's result (lib/memo.ts), the date pass both date detectors read (lib/date-patterns.ts)
 * and cheap facts about the text that let a detector skip its scan (lib/digit-gate.ts). One map
 * per detector cost an ephemeron entry each per scan: their inserts and the garbage collector's
 * work on them cost more than most detectors on a 1 KB prompt (issue #4). The entry caches pure
 * functions of its key: never observable, collected with the input.
 */
export interface InputCache {
  /** By memo slot. */
  readonly results: Array<Candidates | undefined>;
  /** Set by whoever computes it first. */
  dates?: readonly { readonly start: number; readonly end: number }[];
  longestDigitRun?: number;
  /** See lib/digit-gate.ts: `null` when the text has too many runs to index. */
  digitRuns?: Int32Array | null;
}

const caches = new WeakMap<DetectorInput, InputCache>();

export function inputCache(input: DetectorInput): InputCache {
  let cache = caches.get(input);
  if (cache === undefined) {
    cache = { results: [] };
    caches.set(input, cache);
  }
  return cache;
}
