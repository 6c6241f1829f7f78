import type { Detector } from '../../engine/types';

/** The confidential detectors, keyed by id. */
export const confidentialDetectors = {} as const satisfies Record<string, Detector>;
