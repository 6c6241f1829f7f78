import { compileCustomDetectors } from '../detectors/custom/compile';
import { compileAllowPatterns, isAllowed } from './allow-patterns';
import { createScannerWith, type DetectorSet, type PolicyRules, type Scan } from './scanner-core';

export type { DetectorSet, PolicyRules, Scan } from './scanner-core';
export { createScannerWith } from './scanner-core';

/** Custom detectors and allow patterns from policy, as the worker and the CLI apply them. */
export const FULL_POLICY_RULES: PolicyRules = {
  custom(specs, errors) {
    const compiled = compileCustomDetectors(specs);
    for (const e of compiled.errors) errors.push(`custom.${e.id}: ${e.message}`);
    return compiled.detectors;
  },
  allow(patterns, errors) {
    const compiled = compileAllowPatterns(patterns, errors);
    return compiled.length === 0 ? null : (finding, value) => isAllowed(finding, value, compiled);
  },
};

/**
 * Builds a scanner over a detector set: the full registry in the worker and the CLI, the fast tier
 * in the CLI's `--fast` mode, any set in tests. The content script builds its own without the
 * policy rules (scan-content.ts). The scanner holds no mutable state; every call is independent.
 */
export function createScanner(detectors: DetectorSet): Scan {
  return createScannerWith(detectors, FULL_POLICY_RULES);
}
