/**
 * The policy as the engine and the enforcement code need it. Both read a narrower view than the
 * whole policy, so they stay testable without one.
 */
import type { EnforcementConfig } from '../enforcement/config';
import type { ScanOptions } from '../engine/types';
import type { Policy } from './policy';

export function enforcementConfigFrom(policy: Policy): EnforcementConfig {
  // Spelled out rather than picked, so a new policy key never leaks into the content script.
  return {
    mode: policy.mode,
    rules: policy.rules,
    flagThreshold: policy.flagThreshold,
    requireJustification: policy.requireJustification,
    noticeUrl: policy.noticeUrl,
    maxFileScanBytes: policy.maxFileScanBytes,
  };
}

export function scanOptionsFrom(policy: Policy): ScanOptions {
  return {
    flagThreshold: policy.flagThreshold,
    organizationNames: policy.organizationNames,
    confidentialKeywords: policy.confidentialKeywords,
    customDetectors: policy.customDetectors,
    allowPatterns: policy.allowPatterns,
    disabledDetectors: policy.disabledDetectors,
  };
}
