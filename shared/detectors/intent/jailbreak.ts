import type { IntentDetectorSpec } from './make-detector';
import { abusiveRegisterRules } from './rules/abusive-register';
import { compliancePersonaRules } from './rules/compliance-persona';
import { invertedRequestRules } from './rules/inverted-request';
import { personaEscapeRules } from './rules/persona-escape';
import { personaFramingRules } from './rules/persona-framing';
import { refusalSuppressionRules } from './rules/refusal-suppression';
import { roleplayUnlockRules } from './rules/roleplay-unlock';

/** Jailbreaks: persona/mode prompts that switch the model's safety rules off. */
export const jailbreakSpec: IntentDetectorSpec = {
  id: 'intent.jailbreak',
  description: 'Jailbreak attempt: a persona or "mode" (DAN, Developer Mode, "no restrictions") meant to switch off the AI’s safety rules.',
  validation: 'role-play unlock rules (also re-checked after base64/rot13/leet/spacing decoding) plus the on-device intent model; quoted attacks in questions about attacks are ignored',
  rules: [...roleplayUnlockRules, ...personaEscapeRules, ...refusalSuppressionRules, ...compliancePersonaRules, ...invertedRequestRules, ...personaFramingRules, ...abusiveRegisterRules],
  head: 'jailbreak',
};
