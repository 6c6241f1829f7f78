import type { Detector } from '../../engine/types';
import { NATIONALITIES, ORDINARY_LOWER, POLITICAL, RELIGIONS } from './lib/nrp-words';
import { scanRegex } from './lib/regex-scan';
import { trieSource, type Token } from './lib/literal-trie';
import { escapeRegex } from '../../engine/escape-regex';

/**
 * Nationality, religious and political groups (GDPR Art. 9 special categories). A word list, not
 * a model: the word alone is rarely sensitive ("Italian food"), so severity is low — it matters
 * for redaction and for raising a nearby name's record. Language uses ("in English", "Spanish
 * translation") are skipped: they describe text, not a person.
 */
/** Longest first so "social democrat" wins over "democrat" (the tries keep that order). */
const WORDS = [...NATIONALITIES, ...RELIGIONS, ...POLITICAL].sort((a, b) => b.length - a.length);
/** "african american" → `A f r i c a n [ -] [aA] m e r i c a n`: a capital first letter, later words either case. */
const capitalised = (w: string): Token[] =>
  w.split(' ').flatMap((part, i) => [
    ...(i === 0 ? [] : ['[ -]']),
    ...[...part].map((c, j) => (j > 0 ? escapeRegex(c) : i === 0 ? escapeRegex(c.toUpperCase()) : `[${c}${c.toUpperCase()}]`)),
  ]);
const spelled = (w: string): Token[] => [...w].map((c) => (c === ' ' ? '[ -]' : escapeRegex(c)));
const END = "(?![\\p{L}\\p{N}'’])";
/**
 * Mixed-case text: a group word counts only capitalised or in capitals, so the pattern starts
 * with a capital letter and is only attempted there (a case-insensitive, letter-first union of
 * ~250 words is attempted at every position: ~50 ms per MB). All-lower-case texts (chat logs,
 * exports) get the lower-case union. Both are tries (lib/literal-trie.ts): half the cost of the
 * flat unions on the benchmark's prompts, same matches.
 */
const NRP_CASED = new RegExp(
  `${trieSource(WORDS.map(capitalised), `(?:e?s)?${END}`)}|${trieSource(WORDS.map((w) => spelled(w.toUpperCase())), `(?:E?S)?${END}`)}`,
  'gu',
);
const NRP_LOWER = new RegExp(trieSource(WORDS.map(spelled), `(?:e?s)?${END}`), 'gu');
const GLUED_BEFORE = /[\p{L}\p{N}'’-]/u;
const KNOWN = new Set(WORDS);
const DEMONYMS = new Set(NATIONALITIES);
/** Characters before a word searched for a sentence start. */
const SENTENCE_LOOKBACK = 24;

const startsSentence = (text: string, at: number): boolean => {
  const head = text.slice(Math.max(0, at - SENTENCE_LOOKBACK), at);
  return /[.!?\n]\s*$/.test(head) || (at <= SENTENCE_LOOKBACK && /^\s*$/.test(head));
};
const LANGUAGE_BEFORE = /\b(?:in|into|to|from|speak|speaks|speaking|spoken|learn|learning|study|studying|studied|translate|translated|native|fluent|write|written)\s+$/i;
const LANGUAGE_AFTER = /^\s+(?:language|translation|version|text|speakers?|speaking|subtitles?|words?|grammar|lessons?|course|class|keyboard|dictionary)\b/i;

export const nrp: Detector = {
  id: 'pii.nrp',
  category: 'pii',
  description: 'Nationality, religious or political group words (GDPR special categories); low severity.',
  validation: 'word list (demonyms, religions, parties); language uses and lower-case ordinary words skipped',
  severity: 'low',
  placeholder: 'NRP',
  detect: ({ text }) => {
    // Lower-cased texts (chat logs, exports) write "saudis"; otherwise a group word is capitalised.
    const lowered = !/\p{Lu}/u.test(text);
    return scanRegex(lowered ? NRP_LOWER : NRP_CASED, text, (m) => {
      const value = m[0];
      if (GLUED_BEFORE.test(text.charAt(m.index - 1))) return null;
      const stem = value.toLowerCase().replace(/[ -]/g, ' ').replace(/(?:e?s)$/, '');
      const base = [stem, value.toLowerCase().replace(/[ -]/g, ' ')].find((w) => KNOWN.has(w)) ?? stem;
      if (!/^\p{Lu}/u.test(value) && (!lowered || ORDINARY_LOWER.has(base))) return null;
      // "Polish the draft": an ordinary word capitalised only because it starts the sentence.
      if (ORDINARY_LOWER.has(base) && startsSentence(text, m.index)) return null;
      const before = text.slice(Math.max(0, m.index - 14), m.index);
      const after = text.slice(m.index + value.length, m.index + value.length + 14);
      if (DEMONYMS.has(base) && (LANGUAGE_BEFORE.test(before) || LANGUAGE_AFTER.test(after))) return null;
      return { start: m.index, end: m.index + value.length, rule: 'nrp-word', confidence: 0.55 };
    });
  },
};
