import type { Detector } from '../engine/types';
import { codeDetectors } from './code';
import { confidentialDetectors } from './confidential';
import { intentFastDetectors } from './intent/fast';
import { piiFastDetectors } from './pii/fast';
import { secretDetectors } from './secret';

const fast = {
  ...secretDetectors,
  ...piiFastDetectors,
  ...codeDetectors,
  ...confidentialDetectors,
  ...intentFastDetectors,
} as const;

export type FastDetectorId = keyof typeof fast;

/**
 * The fast tier for the content script: pure patterns and heuristics, no libphonenumber-js, no
 * compromise, no model weights, so it runs synchronously on every keystroke-debounced scan and
 * keeps the content bundle small. The background re-scans with the full `registry`. Kept in its
 * own module so importing it never pulls the full registry into the bundle.
 */
export const fastRegistry: Readonly<Record<FastDetectorId, Detector>> = fast;
