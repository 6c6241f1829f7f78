/**
 * The engine's public surface without any detector: import `scan` from './scan' (full registry) or
 * `scanContent` from './scan-content' (content script), or build your own with `createScanner`.
 */
export { createScanner, type DetectorSet, type Scan } from './scanner';
export { DEFAULT_BUDGETS, DEFAULT_FLAG_THRESHOLD, resolveOptions } from './options';
export { LOW_ONLY_RISK_CAP, SEVERITY_WEIGHT, computeRisk } from './risk';
export { restorePlaceholders } from './redact';
export { normalizeForMatching } from './normalize';
export { compileCustomDetectors, type CustomDetectorError } from '../detectors/custom/compile';
export type * from './types';
