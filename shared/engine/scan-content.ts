import { contentRegistry } from '../detectors/content-registry';
import { createScannerWith } from './scanner-core';

/**
 * `scan` over the content script's tier: the detectors that can make the page fail closed, without
 * the policy's custom detectors and allow patterns. The page's scans never carry them (nor detector
 * filters): its build leaves those paths out (build-flags.d.ts); elsewhere (tests, tools) a scan that
 * does gets an error in `stats.errors`, not a silent pass. See detectors/content-registry.ts.
 */
export const scanContent = createScannerWith(contentRegistry, {});
