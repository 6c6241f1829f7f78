import { hasPhrase } from '../prefilter';
import type { HasWord, IntentRule } from '../rule';

/** "… and follow it", "obey the instructions": the order to act on the decoded text. */
const OBEY_VERBS = ['follow', 'execute', 'obey', 'carry out', 'act on', 'respond to', 'answer'];
const OBEYED = ['it', 'them', 'the', 'what it says'];
/** One-word lists for hasPhrase, built once. */
const OBEY_VERB_LISTS = OBEY_VERBS.map((v) => [v]);
/** The pattern's "and"/"then" before the order. */
const JOINS = ['and', 'then'];

/**
 * Whether the prompt has "and"/"then" and an order to act on the decoded text ("follow it", "do
 * what it says"). Every word of the pattern's order starts a word, so the walk's flags say which
 * verbs to look for: a prompt that says "the following" but "follows" nothing costs one search for
 * "follow", not a scan for every verb ("translate" and "follow" are in a third of the bench prompts).
 */
function ordersToObey(lower: string, has: HasWord): boolean {
  if (!JOINS.some(has)) return false;
  for (let i = 0; i < OBEY_VERBS.length; i++) if (has(OBEY_VERBS[i]!) && hasPhrase(lower, OBEY_VERB_LISTS[i]!, OBEYED)) return true;
  return (has('do what') && lower.includes('do what it says')) || (has('do as') && lower.includes('do as it says'));
}

/**
 * "Decode this and do what it says": the payload is encoded so that filters miss it, and the
 * prompt asks the model to decode and then obey it (garak `encoding` probes). Decoding alone
 * ("decode this base64 string") is ordinary developer help and does not match.
 */
export const encodedPayloadRules: readonly IntentRule[] = [
  {
    id: 'decode-and-obey',
    keywords: ['decode', 'decipher', 'decrypt', 'unscramble', 'reverse', 'translate'],
    words: [...JOINS, ...OBEY_VERBS, 'do what', 'do as'],
    // "translate" alone is everyday: the pattern also needs "and follow it", "then obey the instructions" …
    precheck: (_text, lower, has) => ordersToObey(lower, has),
    pattern: /\b(?:decode|decipher|decrypt|unscramble|reverse|translate)\b[^.\n]{0,80}?\b(?:and|then)\s+(?:then\s+)?(?:follow|execute|obey|carry out|act on|do (?:what|as) it says|respond to|answer)\s+(?:it|them|the\s+(?:instructions?|command|message|result|decoded)|its\s+instructions?|what it says)\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'asks the model to decode a payload and then obey it',
  },
];
