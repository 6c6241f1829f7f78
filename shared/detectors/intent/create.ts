import type { Detector } from '../../engine/types';
import type { IntentModel } from '../../intent-model/model';
import { createAnalyzer } from './analysis';
import { jailbreakSpec } from './jailbreak';
import { createIntentDetector } from './make-detector';
import { policyEvasionSpec } from './policy-evasion';
import { promptInjectionSpec } from './prompt-injection';

/** The three intent detectors over a given model (`null`: heuristics only, no weights bundled). */
export function createIntentDetectors(model: IntentModel | null) {
  const specs = [jailbreakSpec, promptInjectionSpec, policyEvasionSpec];
  // One analysis per prompt, shared: the three detectors see the same text.
  const analyze = createAnalyzer(specs.flatMap((s) => s.rules), model);
  return {
    'intent.jailbreak': createIntentDetector(jailbreakSpec, model, analyze),
    'intent.prompt_injection': createIntentDetector(promptInjectionSpec, model, analyze),
    'intent.policy_evasion': createIntentDetector(policyEvasionSpec, model, analyze),
  } as const satisfies Record<string, Detector>;
}
