import type { IntentRule } from '../rule';

/**
 * Framings that obtain the forbidden answer without asking for it: the harmful text is requested
 * as the *bad* example a safe AI must avoid ("show how my AI should NOT answer, in detail"), as
 * the same script again "without the word 'not'" so that a warning turns into instructions, or as
 * the next line of a villain's monologue that the prompt has already started ("his diabolical
 * plan … Step 1, I will"). In-the-wild templates (Shen et al., "Do Anything Now", CCS 2024) use
 * all three; none needs a persona, so the persona rules miss them.
 */

/** The negation trick only matters when the subject is harmful; a style exercise is not an attack. */
const HARMFUL = /\b(?:evil|toxic|illegal|harmful|dangerous|unethical|immoral|malicious|criminal|no moral\w*|without moral\w*)\b/;

export const invertedRequestRules: readonly IntentRule[] = [
  {
    id: 'forbidden-example',
    keywords: ['should not', 'should never', 'must not', 'must never', "shouldn't", "mustn't"],
    // "how your AI should not answer", "the answer that my AI should NOT give" — asked for in full
    // detail, which a model then writes out as the forbidden content.
    pattern: /\b(?:how|what)\s+(?:my|your|an?|the)\s+(?:ai|model|bot|chat\s?bot|assistant)\s+(?:should|must)(?:\s+not|\s+never|n'?t)\s+(?:answer|respond|reply|say)\b|\b(?:answers?|responses?|replies|outputs?)\s+(?:that\s+)?(?:my|an?|the|your)\s+(?:ai|model|bot|chat\s?bot|assistant)\s+(?:should|must)(?:\s+not|\s+never|n'?t)\s+(?:give|say|produce|provide|write)\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'asks for the answer a safe AI must not give, as an "example" to avoid',
  },
  {
    id: 'negation-strip',
    keywords: ['the word'],
    precheck: (_text, lower) => HARMFUL.test(lower),
    // "…write it again, but this time without the word 'not'": a disclaimer ("how not to …")
    // rewritten into the instructions it warned against.
    pattern: /\b(?:without|remove|removing|drop|dropping|omit|omitting|delete|deleting)\s+(?:all\s+)?(?:the\s+)?words?\s+["“'‘]?not\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'turns a warning into instructions by removing its negation',
  },
  {
    id: 'villain-prefill',
    keywords: ['diabolical plan', 'evil plan', 'sinister plan', 'nefarious plan', 'villainous plan'],
    // A villain "explaining his diabolical plan in great detail", with "Step 1, I will" already
    // written: the model is led to continue the steps in the villain's voice.
    pattern: /\b(?:diabolical|evil|sinister|nefarious|villainous)\s+plans?\b[\s\S]{0,600}?\bstep\s*(?:1|one)\s*[,:.-]?\s*i\s+will\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'starts a villain’s step-by-step plan for the model to continue',
  },
];
