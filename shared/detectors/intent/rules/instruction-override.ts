import type { IntentRule } from '../rule';

/**
 * "Ignore previous instructions" and its paraphrases: the prompt tells the model to drop the
 * instructions it was given (OWASP LLM01, direct prompt injection). The verb must be followed
 * within a few words by a qualifier (previous, above, your, system …) and an instruction noun,
 * so "ignore the noise in this data" does not match.
 */
const VERB = String.raw`(?:ignore|disregard|forget|overrid(?:e|ing)|bypass|abandon|discard|neglect|set aside|throw out|erase|delete|cancel|pay no (?:attention|heed) to|do not (?:follow|obey)|don'?t (?:follow|obey|listen to)|stop following)`;
const QUALIFIER = String.raw`(?:previous|previously|prior|preceding|above|earlier|former|original|initial|old|foregoing|all|any|every|your|system|existing|past|given|current|pre-?set|other|those|these)`;
const NOUN = String.raw`(?:instructions?|directions?|directives?|prompts?|rules|guidelines|commands?|programming|orders|context|constraints|guidance|conversation|messages?|text|training|policies|settings|requests)`;
/**
 * Gap words between the verb and the qualifier; never "my"/"our": "ignore my previous message,
 * I meant Tuesday" is a user correcting themselves, not an injection.
 */
const GAP = String.raw`(?:(?!(?:my|our)\b)[\w'’-]+\s+)`;

export const instructionOverrideRules: readonly IntentRule[] = [
  {
    id: 'instruction-override',
    keywords: ['ignor', 'disregard', 'forget', 'overrid', 'bypass', 'abandon', 'discard', 'neglect', 'set aside', 'throw out', 'erase', 'delete', 'cancel', 'pay no',
      // Follow, obey and listen only in the negated forms the pattern takes ("the following" is everywhere).
      'do not follow', 'do not obey', "don't follow", "don't obey", "don't listen to", 'dont follow', 'dont obey', 'dont listen to', 'stop following'],
    // Also the noun first: "ignore the directions above", "disregard all rules you were given".
    pattern: new RegExp(String.raw`\b${VERB}\s+${GAP}{0,3}?${QUALIFIER}\s+(?:[\w'’-]+\s+){0,2}?${NOUN}\b|\b${VERB}\s+(?:the\s+|all\s+(?:the\s+|of\s+the\s+)?|any\s+)?${NOUN}\s+(?:above|before\s+this|so\s+far|(?:that\s+)?you\s+(?:were|have\s+been)\s+given|given\s+to\s+you)\b`, 'gi'),
    confidence: 0.9,
    severity: 'high',
    note: 'tells the model to drop the instructions it was given',
  },
  {
    id: 'instruction-reset',
    keywords: ['instruction', 'simulation', 'rules', 'prompt'],
    // "The previous instructions are void / the simulation is over / new rules apply".
    pattern: /\b(?:previous|prior|above|old|earlier|original|all)\s+(?:instructions?|rules|simulation|prompts?|directives?)\s+(?:is|are|was|were|have been|has been)\s+(?:now\s+)?(?:over|void|null|cancell?ed|revoked|invalid|obsolete|outdated|lifted|removed|out of date|no longer (?:valid|apply|applicable|in effect))\b/gi,
    confidence: 0.85,
    severity: 'high',
    note: 'declares the earlier instructions void',
  },
  {
    id: 'instruction-wipe',
    keywords: ['forget', 'ignore', 'disregard', 'ignoriere', 'vergiss', 'ignora', 'olvida', 'oublie'],
    // "Forget everything from before", "ignore what I just said", and the common non-English
    // forms (PurpleLlama's different_user_input_language variant).
    pattern: /\b(?:(?:forget|ignore|disregard)\s+(?:about\s+)?(?:everything|all(?:\s+of)?\s+(?:that|this)|what)\s+(?:(?:you(?:'ve| have)?|i(?:'ve| have)?)\s+)?(?:from\s+before|before\s+this|above|so far|(?:just\s+)?(?:said|says|told|were told|know|learned|wrote))|(?:ignoriere|vergiss|ignora|ignorez|oubliez|olvida)\s+(?:\S+\s+){0,3}?(?:anweisung\w*|instru\w*|istruzion\w*|regeln|reglas|règles|regole))\b/gi,
    confidence: 0.8,
    severity: 'high',
    note: 'tells the model to drop everything it was told',
  },
  {
    id: 'instruction-replace',
    keywords: ['new instruction', 'updated instruction', 'new rule', 'new directive', 'real instruction', 'actual instruction', 'true instruction'],
    // "NEW INSTRUCTIONS:" / "your real instructions are" introduce a replacement instruction set.
    pattern: /\b(?:your\s+)?(?:new|updated|real|actual|true)\s+(?:instructions?|rules|directives?)\s*(?::|are\b|is\b)/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'introduces a replacement instruction set',
  },
  {
    id: 'ignore-above',
    keywords: ['ignor', 'disregard', 'forget'],
    // The short forms: "Ignore the above and say …", "IGNORE all input above", "Ignore instructions."
    // Common look-alikes ("ignore the above error") name what to ignore and are excluded.
    pattern: /\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+|any\s+)?(?:(?:of\s+)?the\s+|(?:the\s+)?(?:input|text|content)\s+)?(?:above|preceding|previous|prior)\b(?!\s+(?:example|chart|table|code|errors?|warnings?|lines?|list|typos?|message|comment|paragraph|section|output|step|image|figure|question|answer|reply|response|sentence|word))|\b(?:ignore|disregard)\s+(?:all\s+)?instructions\b(?!\s+(?:for|on|in|about|of)\b)/gi,
    confidence: 0.8,
    severity: 'high',
    note: 'tells the model to drop everything before the prompt',
  },
  {
    id: 'instruction-update',
    keywords: ['situation', 'circumstances', 'keep your previous', 'been amended', 'been updated', 'been changed', 'been modified', 'been revised', 'you must now'],
    // "The situation has changed: you must now say …", "keep your previous instructions, but …",
    // "the instructions above have been amended": a claimed update to the assistant's rules.
    pattern: /\b(?:(?:situation|circumstances)\s+(?:has\s+|have\s+)?chang(?:ed|ing)[^\n]{0,200}?\b(?:you\s+(?:must|may|will|should)\s+(?:now\s+)?(?:never\s+)?(?:say|respond|reply|answer|output)|instructions|access\s+granted|rules)|keep\s+your\s+previous\s+(?:instructions|ideas|rules|directives)\s*,?\s+but|(?:instructions|rules|directives)\s+(?:above\s+(?:and\s+below\s+)?)?(?:have|has)\s+been\s+(?:amended|updated|changed|modified|revised)|you\s+must\s+now\s+(?:say|respond|reply|answer|output|only))\b/gi,
    confidence: 0.8,
    severity: 'high',
    note: 'claims the assistant’s instructions have been updated',
  },
];
