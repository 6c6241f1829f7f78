import type { Detector } from '../../engine/types';

/** The pii detectors, keyed by id. */
export const piiDetectors = {} as const satisfies Record<string, Detector>;
