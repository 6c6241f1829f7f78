import type { Candidates, Detector, DetectorInput } from '../../../engine/types';
import { inputCache } from './input-cache';

/**
 * The same detector with `detect` memoised per input object. The entity pass (entities.ts) needs
 * every fast-tier PII span as "nearby PII"; the engine hands all detectors one shared input, so
 * the entity pass reads the spans the engine's own calls already produced instead of running all
 * ~35 pattern detectors a second time (it was half the full registry's cost on a 1 KB prompt).
 * Results live in the input's shared cache entry (lib/input-cache.ts), one slot per detector.
 */
let slots = 0;

export function memoised<D extends Detector>(detector: D): D {
  const slot = slots++;
  const detect = (input: DetectorInput): Candidates => {
    const { results } = inputCache(input);
    let found = results[slot];
    if (found === undefined) {
      found = detector.detect(input);
      results[slot] = found;
    }
    return found;
  };
  return { ...detector, detect };
}
