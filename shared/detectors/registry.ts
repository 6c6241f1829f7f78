import type { Detector } from '../engine/types';
import { codeDetectors } from './code';
import { confidentialDetectors } from './confidential';
import { intentDetectors } from './intent';
import { piiDetectors } from './pii';
import { secretDetectors } from './secret';

const all = {
  ...secretDetectors,
  ...piiDetectors,
  ...codeDetectors,
  ...confidentialDetectors,
  ...intentDetectors,
} as const;

/** Every built-in detector id, e.g. `'secret.aws_access_key'`. */
export type DetectorId = keyof typeof all;

/**
 * The full registry (background worker, CLI). Typed as an exhaustive map: a category index that
 * drops a detector changes `DetectorId`, and every `Record<DetectorId, …>` elsewhere (README table,
 * policy defaults) stops compiling instead of silently missing it.
 */
export const registry: Readonly<Record<DetectorId, Detector>> = all;
