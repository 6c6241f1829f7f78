import { contentRegistry } from '../detectors/content-registry';
import { createScannerWith } from './scanner-core';

/**
 * `scan` over the content script's tier: the detectors that can make the page fail closed, without
 * the policy's custom detectors and allow patterns (the page's scans never carry them; a scan that
 * does gets an error in `stats.errors`, not a silent pass). See detectors/content-registry.ts.
 */
export const scanContent = createScannerWith(contentRegistry, {});
