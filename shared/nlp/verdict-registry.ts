import type { Detector } from '../engine/types';
import { codeDetectors } from '../detectors/code';
import { confidentialDetectors } from '../detectors/confidential';
import { intentDetectors } from '../detectors/intent';
import { piiFastDetectors } from '../detectors/pii/fast';
import { phone } from '../detectors/pii/phone';
import type { DetectorId } from '../detectors/registry';
import { secretDetectors } from '../detectors/secret';
import type { EntityType } from './types';

/**
 * The detectors behind the submit-time verdict in the extension: the full registry minus the
 * three NLP entity detectors, so the service worker never loads compromise (issue #4: ~365 KB
 * minified and ~250 ms to load, in a worker that cannot `import()` lazily). Their findings are
 * added to the recorded event afterwards by the NLP worker (extension/lib/nlp).
 *
 * Typed by the registry's ids: a detector added to the registry but not here is a compile error.
 * It is built from the category indexes, not from `registry`, because importing `registry` pulls
 * detectors/pii/entities.ts and with it compromise into the bundle.
 */
export type VerdictDetectorId = Exclude<DetectorId, EntityType>;

export const verdictRegistry: Readonly<Record<VerdictDetectorId, Detector>> = {
  ...secretDetectors,
  ...piiFastDetectors,
  'pii.phone': phone,
  ...codeDetectors,
  ...confidentialDetectors,
  ...intentDetectors,
};
