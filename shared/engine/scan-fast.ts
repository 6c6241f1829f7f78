import { fastRegistry } from '../detectors/fast-registry';
import { createScanner } from './scanner';

/** `scan` over the fast tier (content script). */
export const scanFast = createScanner(fastRegistry);
