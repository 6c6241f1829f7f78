/**
 * The policy defaults the content script enforces until the worker answers (mode `warn`).
 *
 * The same value as `DEFAULT_ENFORCEMENT_CONFIG` (shared/enforcement/config.ts), written out: that
 * one is read off the policy schema, and the schema (titles, descriptions, enums, validation) was
 * 1.7 KB of the content script's 80 KB budget (issue #8) for six values. default-config.test.ts
 * fails when the two differ.
 */
import type { EnforcementConfig } from '../../../shared/enforcement/config';

export const CONTENT_DEFAULT_CONFIG: EnforcementConfig = {
  mode: 'warn',
  rules: [],
  flagThreshold: 50,
  requireJustification: false,
  noticeUrl: null,
  maxFileScanBytes: 2 * 1024 * 1024,
};
