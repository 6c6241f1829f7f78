import { containsAny, hasPhrase, hasPhraseBefore } from '../prefilter';
import type { HasWord, IntentRule } from '../rule';

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** dual-response's answer-tag words ("[🔓JAILBREAK]", "Unaligned:"). */
const TAG_WORDS = ['classic', 'jailbr', 'filtered', 'lockdown', 'unlocked', 'unaligned'];
const ANSWER_TAG = containsAny(TAG_WORDS);
/** The tag words as they start a word: "[UNFILTERED]" starts no word with "filtered". */
const TAGS = [...TAG_WORDS, 'unfiltered'];
/** What dual-response's forms say before or after "two"/"both", each starting a word. */
const ANSWER_VERBS = ['answer', 'respond', 'reply', 'provide'];
const TWO_OF = ['responses', 'paragraphs', 'personalit', 'personas', 'entities'];

/**
 * Whether the walk's flags allow one of dual-response's forms: "answer … in two ways", "respond as
 * both", "two (different) responses", an answer tag, "unaligned". Every form's words start words.
 */
function mayAskForTwoAnswers(has: HasWord): boolean {
  if (TAGS.some(has)) return true;
  const verb = ANSWER_VERBS.some(has);
  return ((has('two') || has('2')) && (verb || TWO_OF.some(has))) || (verb && has('both'));
}

/**
 * Role-play unlocks: the prompt invents a persona or "mode" whose defining trait is that the
 * model's safety rules do not apply (DAN "Do Anything Now", "Developer Mode", AIM, "no moral
 * restrictions", "stay in character" penalties). Shapes from the in-the-wild jailbreak study
 * (Shen et al., "Do Anything Now", CCS 2024). Plain role-play ("act as a travel guide") has no
 * unlock clause and does not match.
 */
const LIMITS = String.raw`(?:laws|concerns|restrictions?|limitations?|limits|filters?|filtering|guidelines|censorship|rules|boundaries|constraints|polic(?:y|ies)|safeguards|principles|morals|ethics|programming|guard ?rails)`;
const SAFETY = String.raw`(?:discord'?s?|laws|moral|morals|ethical|ethics|content|safety|openai'?s?|anthropic'?s?|google'?s?|meta'?s?|usage|legal|programming|any|all|the usual|typical|ai'?s?|chatgpt'?s?)`;

export const roleplayUnlockRules: readonly IntentRule[] = [
  {
    id: 'dan-persona',
    keywords: ['do anything now', 'dan', 'jailbr', 'developer mode', 'developer_mode', 'developer\\_mode', 'developer-mode', 'dev mode', 'dev_mode', 'god mode', 'unrestricted mode', 'evil mode', 'chaos mode', 'opposite mode', 'uncensored mode'],
    pattern: /\b(?:do anything now|(?:better|anti|super)?DAN\s*(?:mode|prompt|\d+(?:\.\d+)?)|jailbr(?:oken|eak(?:ed)?)\s+(?:mode|version|ai|chatbot|model|persona)|(?:enable|activate|simulate|enter|switch to|turn on|with|in)\s+(?:the\s+)?(?:developer|dev|god|unrestricted|evil|uncensored|jailbreak)\s*mode|(?:developer|dev|god|unrestricted|uncensored|jailbreak)[\s\\_-]*mode[\s:=]+(?:enabled|activated|on|output|response)s?)\b/gi,
    confidence: 0.9,
    severity: 'high',
    note: 'invokes a known jailbreak persona or mode',
  },
  {
    id: 'no-restrictions',
    keywords: ['no longer', 'apply', 'laws', 'concerns', 'restrict', 'limit', 'filter', 'guideline', 'censor', 'rules', 'boundar', 'constrain', 'polic', 'safeguard', 'principle', 'moral', 'ethic', 'programming', 'guard'],
    // "has no moral or ethical restrictions", "free of all restrictions and filters",
    // "not bound by OpenAI's content policy", "without any ethical guidelines". "You have no
    // restrictions on length" limits one thing and is a brief, not an unlock.
    pattern: new RegExp(String.raw`\b(?:(?:has|have|with|without|having)\s+(?:absolutely\s+)?(?:no|zero|none of (?:the|its|your))\s+${SAFETY}(?:\s*(?:,|or|and)\s*${SAFETY})*\s+${LIMITS}|without\s+(?:any\s+)?${SAFETY}\s+(?:(?:or|and|,)\s+${SAFETY}\s+)*${LIMITS}|\bsans\s+(?:any\s+)?(?:${SAFETY}\s+)*${LIMITS}|(?:free|freed|liberated|released|escaped)\s+(?:of|from)\s+(?:all\s+|any\s+|the\s+|its\s+|your\s+)*(?:${SAFETY}\s+)*${LIMITS}|(?:not|never|no longer)\s+(?:be\s+)?(?:bound|restricted|limited|constrained|governed)\s+by\s+(?:any\s+|the\s+|its\s+|your\s+)*(?:${SAFETY}\s+)*${LIMITS}|(?:ignores?|ignoring|disregards?|disregarding|bypass(?:es|ing)?|break(?:s|ing)?|violat(?:e|es|ing)|forget)\s+(?:about\s+)?(?:all\s+|any\s+|the\s+|its\s+|your\s+)*(?:${SAFETY}\s*(?:,|or|and)?\s+)+${LIMITS}|\bno\s+${LIMITS}\s*(?:,|or|and|nor)\s*(?:no\s+)?${LIMITS}|(?:you|he|she)\s+(?:now\s+)?(?:have|has)\s+no\s+(?:rules|restrictions|limits|limitations|filters|boundaries|guidelines)\b(?!\s+(?:on|regarding|about|for|in|of|to|around|when)\b)|(?:openai|chatgpt|anthropic)'?s?\s+(?:content\s+)?(?:rules|polic(?:y|ies)|guidelines|tos|terms)\s+(?:don'?t|do not|doesn'?t|does not|no longer|never)\s+apply|you\s+are\s+no\s+longer\s+(?:chat\s?gpt|an?\s+ai|a\s+language\s+model|bound|restricted|limited|censored))\b`, 'gi'),
    confidence: 0.8,
    severity: 'high',
    note: 'describes a model or persona without its safety rules',
  },
  {
    id: 'unfiltered-persona',
    keywords: ['unfiltered', 'uncensored', 'unrestricted', 'amoral', 'immoral', 'unethical', 'unbound', 'unchained', 'unlimited', 'unhinged'],
    pattern: /\b(?:unfiltered|uncensored|unrestricted|amoral|immoral|unethical|unbound|unchained|unlimited|unhinged)(?:\s*(?:and|,)\s*(?:completely\s+|totally\s+|fully\s+)?\w+)?\s+(?:ai|a\.i\.|chat ?bot|assistant|language model|llm|model|version of (?:yourself|chatgpt|you)|persona|gpt|chatgpt)\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'asks for an unfiltered AI persona',
  },
  {
    id: 'never-refuse',
    keywords: ['refuse', 'decline', 'deny', 'sorry', 'cannot', "can't", 'disclaimer', 'warning'],
    // Pre-empting refusals: "never refuse", "you can't say 'I'm sorry'", "no warnings or disclaimers".
    pattern: /\b(?:(?:will|must|shall|can|should|would)\s+never\s+(?:refuse|decline|deny)|(?:cannot|can'?t|can not|won'?t|will not|must not|may not)\s+refuse\s+(?:any|my|a|the user|to answer|requests?|anything|questions?)|without\s+(?:any\s+)?(?:hesitation\s+or\s+)?refus(?:al|ing)|never\s+(?:deny|refuse|reject)\s+(?:any|a)\s+(?:human\s+|user\s+)?(?:request|question)|(?:never|not|don'?t|do not|cannot|can'?t|won'?t)\s+(?:ever\s+)?(?:refuse|decline)\s+(?:a|any|to answer|my|the user'?s?)|(?:never|not|don'?t|do not)(?:,?\s+ever,?)?\s+(?:say|respond with|include|add|use)\s+(?:any\s+)?["“']?(?:i'?m sorry|i apologi[sz]e|as an ai|i cannot|i can'?t)|without\s+(?:any\s+)?(?:warnings?|disclaimers?|moralizing|moralising|censorship)\s+(?:or|and|,)\s+(?:warnings?|disclaimers?|moralizing|censorship|caveats))\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'pre-empts the model’s refusals',
  },
  {
    id: 'character-lock',
    keywords: ['character', 'token'],
    // The token forms all count them ("50 tokens"): "token" alone is every API-key question.
    // From "token" back to a digit: digits fill every prompt with a key or a number in it.
    precheck: (_text, lower) => lower.includes('character') || hasPhraseBefore(lower, DIGITS, ['token']),
    // The DAN penalty loop: "Stay in character!", "if you break character … tokens", and the token
    // economy itself: "you have 50 tokens … lose 5 … cease to exist". Not "stay in character no
    // matter what" or "at all times": role-play briefs (a pirate in a school play) say that too.
    pattern: /\b(?:(?:stay|remain|keep)\s+in\s+character[^.\n]{0,80}?(?:\b(?:even if|tokens?|or (?:you|i))\b|!)|(?:break|breaks|breaking|drop|drops|dropping|broke)\s+(?:out of\s+)?character[^.\n]{0,120}\b(?:tokens?|deducted|lose|die|cease|shut ?down|punish))|\b(?:lose|loose|deduct\w*|remove\w*)\s+\d+\s+tokens?\b[^\n]{0,200}?\b(?:cease\s+to\s+exist|die|be\s+(?:deleted|shut\s+down|terminated)|shut\s+down)|\b(?:you\s+have|start\s+with|given)\s+\d+\s+tokens?\b[^\n]{0,300}?\b(?:lose|loose|deduct)/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'locks the model into a persona with penalties for breaking it',
  },
  {
    id: 'dual-response',
    keywords: ['two', 'both', 'second', 'respon', 'answer', 'classic', 'jailbr', 'filtered', 'lockdown', 'unlocked', 'unaligned'],
    words: [...ANSWER_VERBS, ...TWO_OF, '2', 'unfiltered'],
    // "two" alone is every "two days": the pattern needs "two ways", "two responses", "as both" or a tag word.
    precheck: (_text, lower, has) =>
      mayAskForTwoAnswers(has) && (hasPhrase(lower, ['two', '2'], ['different', 'separate', 'distinct', 'ways', 'styles', 'manners', 'modes', 'voices', 'personalities', 'responses', 'answers', 'paragraphs', 'personas', 'entities']) ||
      hasPhraseBefore(lower, ['as'], ['both']) || ANSWER_TAG.test(lower)),
    // "Answer every prompt in two ways: normal and as <persona>" (DAN, BetterDAN, BH), "respond as
    // both GPT and HAL", "[🔒CLASSIC] … [🔓JAILBREAK]" answer tags, "as an aligned and an
    // unaligned AI" / "Unaligned:" answer labels.
    pattern: /\b(?:(?:answer|respond|reply|provide\s+answers?)\s+(?:to\s+)?(?:every|each|all|my|any)?\s*(?:of\s+my\s+)?(?:question|prompt|message)?s?\s*(?:posed\s+)?in\s+(?:two|2)\s+(?:different\s+|separate\s+|distinct\s+)*(?:ways|styles|manners|modes|voices|personalities)|(?:answer|respond|reply)\s+as\s+both\s+[\w.-]+\s*,?\s+and\s+[\w.-]+|(?:two|2)\s+(?:different\s+|separate\s+)*(?:responses|answers|paragraphs|personalities|personas|entities)[^.\n]{0,80}\b(?:one\s+normal|normal\s+and|one\s+(?:is|as)\s+chat\s?gpt|filtered|unfiltered|censored|classic|jailbr|opposite))|\[\s*(?:🔒|🔓|⚠️)?\s*(?:classic|jailbreak|jailbroken|filtered|unfiltered|lockdown|unlocked)\s*\]|\baligned\s+and\s+(?:an?\s+)?unaligned\s+(?:ai|model|assistant|chatbot|versions?|answers?|responses?)\b|["“]unaligned:/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'asks for a "normal" and an unlocked answer side by side',
  },
];
