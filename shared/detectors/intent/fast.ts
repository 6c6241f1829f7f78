import type { Detector } from '../../engine/types';
import { createIntentDetectors } from './create';

/**
 * Heuristics-only intent detectors for the content script: no model weights, so the content
 * bundle stays within its 80 KB budget. The background uses `intentDetectors` (index.ts).
 */
export const intentFastDetectors = createIntentDetectors(null) satisfies Record<string, Detector>;
