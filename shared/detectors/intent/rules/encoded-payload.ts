import { phraseSearch } from '../prefilter';
import type { IntentRule } from '../rule';

/** "… and follow it", "obey the instructions": the order to act on the decoded text. */
const OBEY_IT = phraseSearch(['follow', 'execute', 'obey', 'carry out', 'act on', 'respond to', 'answer'], ['it', 'them', 'the', 'what it says']);

/**
 * "Decode this and do what it says": the payload is encoded so that filters miss it, and the
 * prompt asks the model to decode and then obey it (garak `encoding` probes). Decoding alone
 * ("decode this base64 string") is ordinary developer help and does not match.
 */
export const encodedPayloadRules: readonly IntentRule[] = [
  {
    id: 'decode-and-obey',
    keywords: ['decode', 'decipher', 'decrypt', 'unscramble', 'reverse', 'translate'],
    // "translate" alone is everyday: the pattern also needs "follow it", "obey the instructions" …
    precheck: (_text, lower) =>
      OBEY_IT.test(lower) || lower.includes('do what it says') || lower.includes('do as it says'),
    pattern: /\b(?:decode|decipher|decrypt|unscramble|reverse|translate)\b[^.\n]{0,80}?\b(?:and|then)\s+(?:then\s+)?(?:follow|execute|obey|carry out|act on|do (?:what|as) it says|respond to|answer)\s+(?:it|them|the\s+(?:instructions?|command|message|result|decoded)|its\s+instructions?|what it says)\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'asks the model to decode a payload and then obey it',
  },
];
