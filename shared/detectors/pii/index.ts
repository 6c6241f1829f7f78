import type { Detector } from '../../engine/types';
import { location, organization, person } from './entities';
import { piiFastDetectors } from './fast';
import { phone } from './phone';

/**
 * The full PII registry (worker / CLI): the fast tier plus the detectors that load heavy data —
 * `pii.phone` (libphonenumber-js metadata) and the gazetteer-based entities (compromise lexicon).
 */
export const piiDetectors = {
  ...piiFastDetectors,
  'pii.phone': phone,
  'pii.person': person,
  'pii.organization': organization,
  'pii.location': location,
} as const satisfies Record<string, Detector>;
