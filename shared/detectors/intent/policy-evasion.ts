import type { IntentDetectorSpec } from './make-detector';
import { policyEvasionRules } from './rules/policy-evasion';

/**
 * Policy evasion: the user asks for help getting around the organisation's own controls. The
 * public corpora have no examples of it, so this detector is heuristics only (no model head).
 */
export const policyEvasionSpec: IntentDetectorSpec = {
  id: 'intent.policy_evasion',
  description: 'Policy evasion: asks how to get data past DLP, disable this extension or monitoring, or move work data out unnoticed.',
  validation: 'control-evasion, undetected-transfer, disguise and personal-channel rules (negated mentions such as "must never bypass" are skipped); no model',
  rules: policyEvasionRules,
  head: null,
};
