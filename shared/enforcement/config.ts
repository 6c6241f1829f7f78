/**
 * Enforcement settings as the content script and the worker see them: a narrow view of the policy
 * in force (`shared/policy/adapters.ts` builds it). Validation lives in the policy schema only.
 */
import type { Mode } from '../policy/enums';
import type { PolicyRule } from '../policy/field-spec';
import { DEFAULT_POLICY } from '../policy/policy';

export type EnforcementMode = Mode;

/** One override: `match` is a finding type (`secret.aws_access_key`), `category.*` or `*`. */
export type EnforcementRule = PolicyRule;

export interface EnforcementConfig {
  readonly mode: EnforcementMode;
  readonly rules: readonly EnforcementRule[];
  readonly flagThreshold: number;
  readonly requireJustification: boolean;
  /** Organisation page that explains the AI-use policy; linked from the block dialog. */
  readonly noticeUrl: string | null;
  /** Text-like uploads up to this size are scanned like a prompt; larger ones are only recorded. */
  readonly maxFileScanBytes: number;
}

/** Until the worker answers, the content script enforces the policy defaults (mode `warn`). */
export const DEFAULT_ENFORCEMENT_CONFIG: EnforcementConfig = {
  mode: DEFAULT_POLICY.mode,
  rules: DEFAULT_POLICY.rules,
  flagThreshold: DEFAULT_POLICY.flagThreshold,
  requireJustification: DEFAULT_POLICY.requireJustification,
  noticeUrl: DEFAULT_POLICY.noticeUrl,
  maxFileScanBytes: DEFAULT_POLICY.maxFileScanBytes,
};
