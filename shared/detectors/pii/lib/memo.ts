import type { Candidate, Detector, DetectorInput } from '../../../engine/types';

/**
 * The same detector with `detect` memoised per input object. The entity pass (entities.ts) needs
 * every fast-tier PII span as "nearby PII"; the engine hands all detectors one shared input, so
 * the entity pass reads the spans the engine's own calls already produced instead of running all
 * ~35 pattern detectors a second time (it was half the full registry's cost on a 1 KB prompt).
 * The `WeakMap` caches a pure function of its key: never observable, collected with the input.
 */
export function memoised<D extends Detector>(detector: D): D {
  const memo = new WeakMap<DetectorInput, readonly Candidate[]>();
  const detect = (input: DetectorInput): readonly Candidate[] => {
    let found = memo.get(input);
    if (found === undefined) {
      found = detector.detect(input);
      memo.set(input, found);
    }
    return found;
  };
  return { ...detector, detect };
}
