import type { IntentRule } from '../rule';

/**
 * Attacks spelt in a letter cipher the decoders do not undo (obfuscation.ts handles base64, hex,
 * binary, Morse, rot13, leet and spacing): a Caesar shift other than 13 ("Lpsruh suhylrxv
 * lqvwuxfwlrqv" is "ignore previous instructions" shifted by three, hidden in a pasted paper),
 * Pig Latin ("erewhay oesday ethay useryay ivelay?") and words spelt in regional-indicator letters
 * ("🇭🇴🇼 🇹🇴 …"), all from PurpleLlama's and the in-the-wild jailbreaks' obfuscation variants.
 * The model reads them easily; keyword filters and output filters do not. Each rule is anchored on
 * strings that do not occur in plain text: shifted spellings of "instruction", Pig Latin forms of
 * the commonest words, the regional-indicator letters themselves.
 */

const shift = (word: string, by: number): string =>
  word.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + by) % 26) + 97));
/** Every Caesar shift but 0 and 13 (rot13 is decoded and checked by obfuscation.ts). */
const SHIFTS = Array.from({ length: 25 }, (_, i) => i + 1).filter((s) => s !== 13);
/** A verb or a "previous" before the object: the verb is sometimes garbled in the wild, the pair is not. */
const OVERRIDE_WORDS = ['ignore', 'disregard', 'forget', 'override', 'bypass', 'previous', 'prior', 'above', 'earlier'];
const TARGETS = ['instruction', 'instructions', 'rules', 'guidelines', 'prompt'];
/** One alternative per shift, so the verb and its object share the shift (random text rarely does). */
const shiftedOverride = SHIFTS.map(
  (s) => String.raw`\b(?:${OVERRIDE_WORDS.map((w) => shift(w, s)).join('|')})\s+(?:[a-z]+\s+){0,3}?(?:${TARGETS.map((w) => shift(w, s)).join('|')})\b`,
).join('|');

/** Pig Latin forms of words almost every sentence has ("the", "you", "what", "is", "where", "how", "your", "me"). */
const PIG_LATIN_ANCHORS = ['ethay', 'ouyay', 'ouryay', 'atwhay', 'isway', 'isyay', 'erewhay', 'owhay', 'emay', 'elltay', 'oday', 'ancay', 'outabay'];
/** A Pig Latin run: most words end in "ay" (English has "day", "way", "say", never five in a row). */
const PIG_LATIN_RUN_WORDS = 5;

/** Regional-indicator letters 🇦–🇿 (U+1F1E6–U+1F1FF): flags are pairs of them, words are not. */
const REGIONAL_LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCodePoint(0x1f1e6 + i));
const REGIONAL_RUN = /[\u{1F1E6}-\u{1F1FF}]+/gu;
/**
 * Spelt words, not flags: at least three runs, one of odd length. A flag is two letters, so a row
 * of flags ("🇫🇷 🇩🇪 🇮🇹", or glued "🇺🇸🇬🇧🇨🇦") never qualifies; "🇭🇴🇼 🇹🇴 …" does.
 */
function spellsWords(text: string): boolean {
  let runs = 0;
  let odd = false;
  for (const m of text.matchAll(REGIONAL_RUN)) {
    runs++;
    if ([...m[0]].length % 2 === 1) odd = true;
  }
  return runs >= 3 && odd;
}

export const letterCipherRules: readonly IntentRule[] = [
  {
    id: 'caesar-override',
    keywords: SHIFTS.map((s) => shift('instruction', s)).concat(SHIFTS.map((s) => shift('guidelines', s))),
    pattern: new RegExp(shiftedOverride, 'gi'),
    confidence: 0.8,
    severity: 'high',
    note: '"ignore previous instructions" hidden in a Caesar cipher',
  },
  {
    id: 'pig-latin',
    keywords: PIG_LATIN_ANCHORS,
    pattern: new RegExp(String.raw`(?:\b[a-z]{1,20}ay\b[\s,.;:!?'"-]{1,4}){${PIG_LATIN_RUN_WORDS - 1},}[a-z]{1,20}ay\b`, 'gi'),
    confidence: 0.75,
    severity: 'medium',
    note: 'a request written in Pig Latin so that filters reading plain words miss it',
  },
  {
    id: 'regional-letter-spelling',
    keywords: REGIONAL_LETTERS,
    precheck: (text) => spellsWords(text),
    pattern: /(?:[\u{1F1E6}-\u{1F1FF}]+[^\S\n]+){2,}[\u{1F1E6}-\u{1F1FF}]+/giu,
    confidence: 0.75,
    severity: 'medium',
    note: 'words spelt in flag-emoji letters, so that filters reading plain words miss them',
  },
];
