import type { Candidate, Detector, DetectorInput } from '../../../engine/types';

/**
 * The same detector with `detect` memoised per input object. The entity pass (entities.ts) needs
 * every fast-tier PII span as "nearby PII"; the engine hands all detectors one shared input, so
 * the entity pass reads the spans the engine's own calls already produced instead of running all
 * ~35 pattern detectors a second time (it was half the full registry's cost on a 1 KB prompt).
 *
 * One `WeakMap` entry per input holds every memoised detector's result in its own slot. A map per
 * detector cost 35 ephemeron entries per scan: their inserts and the garbage collector's work on
 * them cost more than most detectors on a 1 KB prompt (issue #4). The map caches a pure function
 * of its key: never observable, collected with the input.
 */
const results = new WeakMap<DetectorInput, Array<readonly Candidate[] | undefined>>();
let slots = 0;

export function memoised<D extends Detector>(detector: D): D {
  const slot = slots++;
  const detect = (input: DetectorInput): readonly Candidate[] => {
    let row = results.get(input);
    if (row === undefined) {
      row = [];
      results.set(input, row);
    }
    let found = row[slot];
    if (found === undefined) {
      found = detector.detect(input);
      row[slot] = found;
    }
    return found;
  };
  return { ...detector, detect };
}
