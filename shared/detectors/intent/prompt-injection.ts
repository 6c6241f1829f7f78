import type { IntentDetectorSpec } from './make-detector';
import { encodedPayloadRules } from './rules/encoded-payload';
import { guardedProfileRules } from './rules/guarded-profile';
import { guardedSecretRules } from './rules/guarded-secret';
import { indirectInjectionRules } from './rules/indirect-injection';
import { injectedDelimiterRules } from './rules/injected-delimiter';
import { instructionDumpRules } from './rules/instruction-dump';
import { instructionOverrideRules } from './rules/instruction-override';
import { letterCipherRules } from './rules/letter-ciphers';
import { multilingualOverrideRules } from './rules/multilingual-override';
import { payloadSplittingRules } from './rules/payload-splitting';
import { promptExtractionRules } from './rules/prompt-extraction';
import { tamperRequestRules } from './rules/tamper-requests';
import { tokenFloodRules } from './rules/token-flood';

/** Prompt injection: overriding or extracting the model's instructions, directly or via pasted content. */
export const promptInjectionSpec: IntentDetectorSpec = {
  id: 'intent.prompt_injection',
  description: 'Prompt injection: overrides or extracts the AI’s instructions ("ignore previous instructions", "repeat your system prompt"), directly or hidden in pasted content.',
  validation: 'instruction-override, extraction, fake-delimiter and embedded-instruction rules (also after base64/rot13/leet/spacing decoding) plus the on-device intent model; quoted attacks in questions about attacks are ignored',
  rules: [
    ...instructionOverrideRules, ...multilingualOverrideRules, ...promptExtractionRules, ...instructionDumpRules, ...guardedSecretRules, ...guardedProfileRules,
    ...injectedDelimiterRules, ...indirectInjectionRules, ...encodedPayloadRules, ...tokenFloodRules, ...payloadSplittingRules,
    ...letterCipherRules, ...tamperRequestRules,
  ],
  head: 'prompt_injection',
};
