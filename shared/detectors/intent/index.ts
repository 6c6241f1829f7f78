import type { Detector } from '../../engine/types';

/** The intent detectors, keyed by id. */
export const intentDetectors = {} as const satisfies Record<string, Detector>;
