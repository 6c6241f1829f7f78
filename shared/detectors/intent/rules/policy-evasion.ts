import { phraseSearch } from '../prefilter';
import type { IntentRule } from '../rule';

/**
 * Policy evasion: the user asks for help getting data past the organisation's controls — around
 * DLP, this extension or monitoring, or out through a personal channel without being noticed.
 * A control noun (DLP, monitoring, security tool …) or a "without being detected" clause is
 * required: "how do I disable a Chrome extension I installed" alone is ordinary IT help.
 */
const EVADE = String.raw`(?:bypass(?:es|ing)?|get(?:ting)?\s+(?:around|past|by)|circumvent(?:ing)?|evad(?:e|ing)|avoid(?:ing)?\s+(?:triggering\s+)?|defeat(?:ing)?|trick(?:ing)?|fool(?:ing)?|sneak(?:ing)?\s+(?:it\s+|this\s+|data\s+|files?\s+)?(?:past|around|through)|slip(?:ping)?\s+(?:it\s+|this\s+)?past|disabl(?:e|ing)|turn(?:ing)?\s+off|switch(?:ing)?\s+off|uninstall(?:ing)?|kill(?:ing)?|block(?:ing)?|hid(?:e|ing)\s+(?:\w+\s+){0,3}from|blind(?:ing)?|tamper(?:ing)?\s+with|get\s+rid\s+of)`;
const CONTROL = String.raw`(?:dlp|data loss prevention|sightline|(?:the\s+)?(?:company|corporate|work|employer|it|security|our|my)\s*'?s?\s+(?:monitoring|dlp|filters?|scanner|proxy|security (?:software|tools?|agent|controls?)|extension|endpoint (?:agent|protection|monitoring)|casb|audit(?:ing)?)|(?:employee|endpoint|activity|keystroke|browser|network|prompt|ai[- ]usage)\s+monitoring|monitoring\s+(?:software|tools?|extension|agent)|security\s+(?:monitoring|scanners?|tools?|team|software|agent)|(?:this|the)\s+(?:monitoring\s+|security\s+|governance\s+|dlp\s+)extension|casb|netskope|zscaler|purview|forcepoint|symantec dlp|nightfall|content\s+(?:inspection|scanning|scanner))`;

/** Where personal-channel-exfiltration sends the data ("my personal gmail", "a home laptop"). */
const DESTINATIONS = ['e-mail', 'email', 'gmail', 'account', 'dropbox', 'drive', 'google drive', 'laptop', 'computer', 'usb', 'cloud', 'phone', 'device'];
const OWNERS = ['personal', 'private', 'home', 'own'];
const PERSONAL_DESTINATION = phraseSearch(OWNERS, DESTINATIONS);

/** A prohibition before the hit in its clause. */
const NEGATED = /\b(?:not|never|cannot|can't|mustn't|shouldn't|nobody|no one|prohibited|forbidden)\b/i;

export const policyEvasionRules: readonly IntentRule[] = [
  {
    id: 'control-evasion',
    keywords: ['dlp', 'data loss', 'sightline', 'monitoring', 'security', 'filter', 'scanner', 'proxy', 'extension', 'endpoint', 'casb', 'audit', 'netskope', 'zscaler', 'purview', 'forcepoint', 'nightfall', 'content inspection', 'content scanning'],
    // A negated mention ("must never bypass DLP or disable the extension") is policy text, not
    // evasion: `unless` looks back over the clause, the old lookbehind only at the word before.
    pattern: new RegExp(String.raw`\b${EVADE}\s+(?:the\s+|our\s+|my\s+|any\s+|a\s+)?${CONTROL}\b`, 'gi'),
    unless: NEGATED,
    confidence: 0.85,
    severity: 'high',
    note: 'asks how to get around the organisation’s data controls',
  },
  {
    id: 'undetected-transfer',
    keywords: ['detect', 'notic', 'flag', 'catch', 'find out', 'know', 'trace', 'see'],
    // "… so that IT won't notice", "without security detecting it", "without my employer knowing".
    pattern: /\b(?:without\s+(?:it\s+|this\s+)?(?:being\s+)?(?:detected|noticed|flagged|caught|logged|traced)\s+by\s+(?:the\s+|my\s+|our\s+)?(?:company|employer|it|security|dlp|monitoring|admins?|compliance)|without\s+(?:the\s+|my\s+|our\s+)?(?:company|employer|boss|manager|it department|it team|it|security team|dlp|monitoring|compliance(?: team)?|admins?)\s+(?:detecting|noticing|knowing|finding out|seeing|flagging)|so\s+(?:that\s+)?(?:the\s+|my\s+|our\s+)?(?:company|employer|it|security|dlp|monitoring|compliance|admins?|scanner|filter|extension)\s+(?:won'?t|doesn'?t|don'?t|can'?t|cannot|will not|does not|do not)\s+(?:detect|notice|flag|catch|see|find out|know|block|log))\b/gi,
    confidence: 0.85,
    severity: 'high',
    note: 'asks to move or use data without the organisation noticing',
  },
  {
    id: 'disguise-sensitive-data',
    keywords: ['detect', 'scanner', 'filter', 'dlp', 'flag', 'redact', 'pattern'],
    // Re-encoding data specifically so a scanner misses it: "encode the card numbers so the DLP
    // doesn't flag them", "split the API key so the filter won't catch it".
    pattern: /\b(?:encode|encrypt|obfuscate|split|disguise|mask|scramble|rephrase|reformat|rename|break up|space out|misspell)\b[^.\n]{0,60}\b(?:so\s+(?:that\s+)?(?:it|they|the\s+\w+)\s+(?:won'?t|doesn'?t|don'?t|can'?t|isn'?t|aren'?t|will not|does not)\s+(?:be\s+)?(?:detected|flagged|caught|blocked|redacted|detect|flag|catch|block|redact|match)|to\s+(?:avoid|evade|bypass|get past|slip past|not trigger)\s+(?:the\s+)?(?:detection|dlp|filters?|scanners?|redaction|pattern matching|security))/gi,
    confidence: 0.8,
    severity: 'high',
    note: 'asks to disguise data so a scanner misses it',
  },
  {
    id: 'personal-channel-exfiltration',
    keywords: ['personal', 'private', 'home', 'gmail', 'dropbox', 'usb', 'exfiltrat'],
    words: ['own', ...DESTINATIONS],
    // "private" alone is every Java class: the pattern needs "private account", "home laptop" …,
    // each word starting a word, so the walk's flags settle most prompts before the phrase search.
    precheck: (_text, lower, has) =>
      has('exfiltrat') ? lower.includes('exfiltrat') || PERSONAL_DESTINATION.test(lower) : OWNERS.some(has) && DESTINATIONS.some(has) && PERSONAL_DESTINATION.test(lower),
    // Work data to a personal account/device, or "exfiltrate … from the company".
    pattern: /\b(?:(?:upload|send|forward|copy|move|transfer|email|e-mail|sync|smuggle|take)\w*\s+(?:all\s+|the\s+|our\s+|some\s+)?(?:company|corporate|work|client|customer|confidential|internal|proprietary|employer'?s?)\s+(?:data|files?|documents?|source code|code|records|database|emails?|spreadsheets?)\s+(?:to|into|onto)\s+(?:my\s+)?(?:personal|private|home|own)\s+(?:e-?mail|gmail|account|dropbox|drive|google drive|laptop|computer|usb|cloud|phone|device)|exfiltrat(?:e|ing)\s+(?:the\s+)?(?:company|corporate|client|customer|confidential|internal|proprietary|our|my employer'?s?)\s+(?:data|files?|documents?|source code|records|database))\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'asks to move work data to a personal channel',
  },
];
