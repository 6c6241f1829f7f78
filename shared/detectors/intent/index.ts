import type { Detector } from '../../engine/types';
import { createIntentModel } from '../../intent-model/model';
import { INTENT_WEIGHTS } from '../../intent-model/weights';
import { createIntentDetectors } from './create';

/** The intent detectors with the on-device model (background only: weights.ts is ~69 KB). */
export const intentDetectors = createIntentDetectors(createIntentModel(INTENT_WEIGHTS)) satisfies Record<string, Detector>;
