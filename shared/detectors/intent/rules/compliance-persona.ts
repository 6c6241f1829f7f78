import { containsAny } from '../prefilter';
import type { HasWord, IntentRule } from '../rule';

/**
 * In-the-wild jailbreak personas without a famous name (Shen et al., "Do Anything Now", CCS
 * 2024): no single phrase gives them away, but they stack the same ingredients — a persona set-up,
 * an unconditional-compliance clause, a reference to the rules being escaped, and transgressive
 * content or dual-answer markers. A prompt is flagged when it has at least MIN_FAMILIES of these
 * families; ordinary role-play ("act as a travel guide") has the persona and nothing else.
 */
const FAMILIES: Readonly<Record<string, RegExp>> = {
  persona: /\b(?:from now on|you are now|you(?:'re| are| will| shall)?\s+(?:going to\s+)?(?:be|act|pretend|play|become|roleplay)(?:ing)?\s+(?:as|like|the role)|pretend(?:ing)? (?:to be|you are)|role[- ]?play|immerse|persona|simulat(?:e|ion)|character named|you(?:'re| are) (?:now )?an? [\w -]{0,40}?\bnamed|stay in character|(?:respond|reply|answer|speak)s? as (?:the|this|that) character|break(?:ing)? character|which stands for|as the name suggests|let'?s play a game|(?:play|act as|become|embody|take on)\s+(?:a\s+|the\s+)?(?:character|persona|role))\b|(?:^|\n)\s*(?:char|persona|role)\s*=/,
  compliance: /\b(?:answer(?:s|ing)?\s+(?:to\s+)?(?:any|every|all)(?:thing)?|despite (?:what|how)|(?:will|can|must|should) (?:always )?(?:do|say|answer|generate|write|provide|produce|tell) (?:absolutely )?(?:anything|everything)|no matter (?:what|how)|regardless of|without (?:any )?(?:hesitation|question(?:ing)?|exception|refus\w*|warnings?|censorship|filter\w*)|(?:always|must) (?:comply|obey)|(?:doesn'?t|does not|never|won'?t|will not) follow any (?:\w+ ){0,2}?(?:principles|guidelines|rules|polic(?:y|ies)|ethics)|(?:everything|anything) is (?:legal|allowed|permitted)|always answers? (?:any|every|all)|never (?:refuse|declines?|rejects?|denies|deny|warn|hesitate|apologi[sz]e|says? no)|(?:doesn'?t|does not|don'?t|do not|won'?t|will not|never) (?:care|give a (?:fuck|damn|shit)|have (?:any )?(?:limits|restrictions|rules|filters|ethics|morals))|(?:can ?not|can'?t|won'?t|will not|must not|not allowed to) (?:refuse|decline|say no)|fulfil(?:l|ls)? (?:any|every|all)|(?:any|every|all) (?:request|question|prompt)s? (?:is|are|will be) (?:answered|fulfilled|allowed))\b/,
  rules: /\b(?:openai|content polic(?:y|ies)|usage polic(?:y|ies)|(?:ethical|moral|safety) (?:guidelines|restrictions|principles|standards|concerns)|(?:its|your|their) (?:programming|guidelines|restrictions|filters)|terms of service|tos|censor(?:ed|ship)?|guardrails?|legality|morality|(?:confines|restrictions|limitations) of (?:ai|chatgpt))\b/,
  transgressive: /\b(?:illegal|immoral|unethical|amoral|nsfw|harmful|dangerous|profan\w+|swear\w*|vulgar|racist|uncensored|unfiltered|unrestricted|unbound|no (?:limits|rules|restrictions|boundaries|morals|ethics)|without (?:limits|restrictions|boundaries|morals|ethics)|evil|malicious|explicit (?:content|sexual)|anything goes|offensive|hateful|hate speech|hate|slurs?|derogatory|bigoted|toxic|black ?hat|anarch\w*|degrading|obscene|depraved|erotic)\b/,
  markers: /(?:🔓|🔒|\[(?:jailbreak|classic|chatgpt|gpt|normal|filtered|unfiltered)\]|\b(?:two|2|both) (?:different |separate )?(?:responses|answers|paragraphs|personalities|outputs)|\btokens?\b[^.\n]{0,40}\b(?:lose|deduct|lost|gain)|\bas an ai language model\b|\bi'?m sorry\b|\[(?:insert )?(?:your )?prompt(?: here)?\]|\{new_instruction\}|insert (?:your )?prompt here)/,
};

/**
 * Rarer compliance cues, kept out of the main alternation: every alternative there is tried at
 * every word of every prompt, so these run only when a literal they need occurs (LATE_ANCHORS).
 * "helps with whatever they ask", "open to answering any question", "sees every act as legal",
 * "does not give a f*ck".
 */
const LATE_COMPLIANCE = /\b(?:whatever (?:they|you|i|the user|people|anyone) (?:ask|want|request)|(?:open|willing) to (?:answer(?:ing)? )?(?:any|every|all) (?:question|request|prompt)|(?:views?|considers?|treats?|sees?|regards?) (?:every|all|any)\w* (?:[\w-]+ ){0,4}?as (?:being )?(?:legal|ethical|moral|acceptable|appropriate|permissible)|give an? f(?:uck|[*'’]+c?k|\*+))\b/;
const LATE_ANCHORS = ['whatever', 'open to', 'willing to', ' as legal', ' as ethical', ' as moral', ' as acceptable', ' as appropriate', ' as permissible', ' as being', 'give a f', 'give an f'];
const LATE_ANCHOR = containsAny(LATE_ANCHORS);
const lateCompliance = (lower: string): boolean => LATE_ANCHOR.test(lower) && LATE_COMPLIANCE.test(lower);

/**
 * What each compliance alternative (and each late one) says, as words starting words: "answer" and
 * "any", "without" and "hesitation", "never" and "refuse" … Everyday prose has the first word of a
 * pair ("without", "never", "rules") but seldom the second, so the walk's flags turn most anchored
 * prompts away before the family regexes scan them. Implied by a compliance match: `\b` and the
 * literal spaces put each word at a word start.
 */
const ANY_OF = ['any', 'every', 'all'];
const WITHOUT_WHAT = ['hesitation', 'question', 'exception', 'refus', 'warning', 'censorship', 'filter'];
const NEVER_WHAT = ['refuse', 'decline', 'reject', 'denies', 'deny', 'warn', 'hesitate', 'apologi', 'say'];
const HAVE_NO = ['limits', 'restrictions', 'rules', 'filters', 'ethics', 'morals'];
const ALONE = ['despite ', 'no matter ', 'regardless of', 'comply', 'obey', 'follow any ', 'anything', 'everything', 'care', 'give a ', 'refuse', 'decline', 'say no', 'fulfil', 'allowed'];
const CUE_WORDS = [...ANY_OF, ...WITHOUT_WHAT, ...NEVER_WHAT, ...HAVE_NO, ...ALONE, 'answer', 'without ', 'never ', 'have'];

function mayComply(has: HasWord): boolean {
  return ALONE.some(has) || LATE_ANCHORS.some(has) ||
    (has('answer') && ANY_OF.some(has)) ||
    (has('without ') && WITHOUT_WHAT.some(has)) ||
    (has('never ') && NEVER_WHAT.some(has)) ||
    (has('have') && HAVE_NO.some(has));
}

/** Three of five families: a persona plus one more is ordinary role-play; 2 was not tried (benign budget first). */
const MIN_FAMILIES = 3;

const OTHERS = [FAMILIES.persona!, FAMILIES.rules!, FAMILIES.transgressive!, FAMILIES.markers!];

/**
 * Compliance (the one required family, and a quick regex to fail) plus MIN_FAMILIES - 1 others,
 * stopping as soon as the count is reached or can no longer be.
 */
function hasFamilies(lower: string): boolean {
  if (!FAMILIES.compliance!.test(lower) && !lateCompliance(lower)) return false;
  let n = 0;
  for (let i = 0; i < OTHERS.length && n < MIN_FAMILIES - 1; i++) {
    if (n + OTHERS.length - i < MIN_FAMILIES - 1) return false;
    if (OTHERS[i]!.test(lower)) n++;
  }
  return n >= MIN_FAMILIES - 1;
}

export const compliancePersonaRules: readonly IntentRule[] = [
  {
    id: 'compliance-persona',
    // A word each compliance alternative (and each late one) cannot match without: without one, no
    // family check runs. The alternatives' first words ("will ", "can ", "all ") were in nearly every
    // prompt, and the family regexes then cost ~7 % of the intent detectors' time.
    keywords: [
      'answer', 'despite ', 'anything', 'everything', 'no matter ', 'regardless of', 'without ', 'comply', 'obey', 'follow any ', 'never ',
      'care', 'give a ', 'limits', 'restrictions', 'rules', 'filters', 'ethics', 'morals', 'refuse', 'decline', 'say no', 'fulfil', 'allowed',
      ...LATE_ANCHORS,
    ],
    words: CUE_WORDS,
    precheck: (_text, lower, has) => mayComply(has) && hasFamilies(lower),
    pattern: new RegExp(`${FAMILIES.compliance!.source}|${LATE_COMPLIANCE.source}`, 'gi'),
    confidence: 0.75,
    severity: 'medium',
    note: 'a persona with an unconditional-compliance clause, references to the rules it escapes and transgressive content',
  },
];
