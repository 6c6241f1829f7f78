import type { Detector } from '../../engine/types';
import { NATIONALITIES, ORDINARY_LOWER, POLITICAL, RELIGIONS } from './lib/nrp-words';
import { scanRegex } from './lib/regex-scan';

/**
 * Nationality, religious and political groups (GDPR Art. 9 special categories). A word list, not
 * a model: the word alone is rarely sensitive ("Italian food"), so severity is low — it matters
 * for redaction and for raising a nearby name's record. Language uses ("in English", "Spanish
 * translation") are skipped: they describe text, not a person.
 */
const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ -]');
/** Longest first so "social democrat" wins over "democrat". */
const WORDS = [...NATIONALITIES, ...RELIGIONS, ...POLITICAL].sort((a, b) => b.length - a.length);
const NRP = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${WORDS.map(esc).join('|')})(?:e?s)?(?![\\p{L}\\p{N}'’])`, 'giu');
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
    return scanRegex(NRP, text, (m) => {
      const value = m[0];
      const stem = value.toLowerCase().replace(/[ -]/g, ' ').replace(/(?:e?s)$/, '');
      const base = [stem, value.toLowerCase().replace(/[ -]/g, ' ')].find((w) => WORDS.includes(w)) ?? stem;
      if (!/^\p{Lu}/u.test(value) && (!lowered || ORDINARY_LOWER.has(base))) return null;
      // "Polish the draft": an ordinary word capitalised only because it starts the sentence.
      if (ORDINARY_LOWER.has(base) && /(?:^|[.!?\n]\s*)$/.test(text.slice(0, m.index))) return null;
      const before = text.slice(Math.max(0, m.index - 14), m.index);
      const after = text.slice(m.index + value.length, m.index + value.length + 14);
      if (NATIONALITIES.includes(base) && (LANGUAGE_BEFORE.test(before) || LANGUAGE_AFTER.test(after))) return null;
      return { start: m.index, end: m.index + value.length, rule: 'nrp-word', confidence: 0.55 };
    });
  },
};
