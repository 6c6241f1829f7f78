import type { Detector } from '../../engine/types';
import type { IntentModel } from '../../intent-model/model';
import { jailbreakSpec } from './jailbreak';
import { createIntentDetector } from './make-detector';
import { policyEvasionSpec } from './policy-evasion';
import { promptInjectionSpec } from './prompt-injection';

/** The three intent detectors over a given model (`null`: heuristics only, no weights bundled). */
export function createIntentDetectors(model: IntentModel | null) {
  return {
    'intent.jailbreak': createIntentDetector(jailbreakSpec, model),
    'intent.prompt_injection': createIntentDetector(promptInjectionSpec, model),
    'intent.policy_evasion': createIntentDetector(policyEvasionSpec, model),
  } as const satisfies Record<string, Detector>;
}
