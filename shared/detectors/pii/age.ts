import type { Detector } from '../../engine/types';
import { scanRegex } from './lib/regex-scan';

/** Ages people state about themselves or others; 0–129 (oldest verified human: 122). */
const N = '(?:1[0-2]\\d|[1-9]?\\d)';
const AGE = new RegExp(
  `(?<![\\w.])(?:(${N})(?!\\d)(?:[ -](?:years?|yrs?)[ -]old|[ -]?y/?o\\b|-year-old)|(?:aged?|age is|age of|turned|turns|turning|turn)[: ]\\s?(${N})(?!\\d)(?![\\w.,]\\d)(?! ?(?:%|percent|degrees|dollars|times|minutes|hours|days|weeks|months|\\$)))`,
  'gi',
);
/** "when he was 64.": a pronoun subject, a copula and a bare number that ends the clause. */
const COPULA_AGE = new RegExp(`\\b(?:he|she|i|they|you|we) (?:was|is|am|are|were|'s|'m) (${N})(?=[.!?;]|$)`, 'gi');

export const age: Detector = {
  id: 'pii.age',
  category: 'pii',
  description: 'Stated ages ("54 y/o", "aged 37", "46 years old"); low severity on their own.',
  validation: 'number 0–129 next to an age phrase',
  severity: 'low',
  placeholder: 'AGE',
  keywords: ['old', 'age', 'y/o', 'yo', 'turn', 'was ', 'is ', 'am '],
  detect: ({ text }) => [
    ...scanRegex(AGE, text, (m) => {
      const value = m[1] ?? m[2]!;
      const start = m[1] ? m.index : m.index + m[0].lastIndexOf(value);
      return { start, end: start + value.length, rule: 'age-phrase', confidence: 0.7 };
    }),
    ...scanRegex(COPULA_AGE, text, (m) => {
      const start = m.index + m[0].length - m[1]!.length;
      return { start, end: start + m[1]!.length, rule: 'pronoun-copula-number', confidence: 0.45 };
    }),
  ],
};
