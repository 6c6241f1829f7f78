import type { Detector } from '../../engine/types';

/** The secret detectors, keyed by id. */
export const secretDetectors = {} as const satisfies Record<string, Detector>;
