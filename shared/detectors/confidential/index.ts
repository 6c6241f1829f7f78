import type { Detector } from '../../engine/types';
import { classificationLabel } from './classification-label';
import { policyKeyword } from './policy-keyword';

/** The confidential detectors, keyed by id. */
export const confidentialDetectors = {
  'confidential.classification_label': classificationLabel,
  'confidential.policy_keyword': policyKeyword,
} as const satisfies Record<string, Detector>;
