import type { Detector } from '../../engine/types';

/** The code detectors, keyed by id. */
export const codeDetectors = {} as const satisfies Record<string, Detector>;
