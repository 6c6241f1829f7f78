import type { Candidate, Detector } from '../../engine/types';
import { MAX_MATCHES_PER_DETECTOR } from './lib/regex-scan';

/**
 * Ages people state about themselves or others; 0–129 (oldest verified human: 122). Every age
 * phrase holds its number, so the scan is anchored on numbers that start a token (one pass of a
 * digit-first regex) and reads the phrase around each: a unit after it ("46 years old", "54 y/o"),
 * an age word before it ("aged 37", "turned 40"), or a pronoun and copula ending the clause ("when
 * he was 64.").
 */
const NUMBER = /\d(?<![\w.]\d)/g;
const N = '(?:1[0-2]\\d|[1-9]?\\d)';
const WITH_UNIT = new RegExp(`${N}(?!\\d)(?:[ -](?:years?|yrs?)[ -]old|[ -]?y/?o\\b|-year-old)`, 'iy');
const AFTER_WORD = new RegExp(`(${N})(?!\\d)(?![\\w.,]\\d)(?! ?(?:%|percent|degrees|dollars|times|minutes|hours|days|weeks|months|\\$))`, 'iy');
const WORD_BEFORE = /(?:^|[^\w.])(?:aged?|age is|age of|turned|turns|turning|turn)[: ]\s?$/i;
/** "when he was 64.": a pronoun subject, a copula and a bare number that ends the clause. */
const ENDS_CLAUSE = new RegExp(`(${N})(?=[.!?;](?!\\d)|$)`, 'y');
const COPULA_BEFORE = /\b(?:he|she|i|they|you|we) (?:was|is|am|are|were|'s|'m) $/i;

const sticky = (re: RegExp, text: string, pos: number): RegExpExecArray | null => {
  re.lastIndex = pos;
  return re.exec(text);
};

function ageAt(text: string, pos: number): Candidate | null {
  const unit = sticky(WITH_UNIT, text, pos);
  if (unit) {
    const value = /^\d+/.exec(unit[0])![0];
    return { start: pos, end: pos + value.length, rule: 'age-phrase', confidence: 0.7 };
  }
  const before = text.slice(Math.max(0, pos - 16), pos);
  const word = WORD_BEFORE.test(before) ? sticky(AFTER_WORD, text, pos) : null;
  if (word) return { start: pos, end: pos + word[1]!.length, rule: 'age-phrase', confidence: 0.7 };
  const clause = COPULA_BEFORE.test(before) ? sticky(ENDS_CLAUSE, text, pos) : null;
  if (clause) return { start: pos, end: pos + clause[1]!.length, rule: 'pronoun-copula-number', confidence: 0.45 };
  return null;
}

export const age: Detector = {
  id: 'pii.age',
  category: 'pii',
  description: 'Stated ages ("54 y/o", "aged 37", "46 years old"); low severity on their own.',
  validation: 'number 0–129 next to an age phrase',
  severity: 'low',
  placeholder: 'AGE',
  // No keyword prefilter: "is ", "age", "old" … occur in most prose, so the engine's union search
  // passed nearly every prompt after reading a good part of it (~1 µs of a 1 KB prompt, issue #4),
  // and each phrase is read around its number anyway.
  detect: ({ text }) => {
    const out: Candidate[] = [];
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(text); m !== null && out.length < MAX_MATCHES_PER_DETECTOR; m = NUMBER.exec(text)) {
      const c = ageAt(text, m.index);
      if (c) out.push(c);
    }
    return out;
  },
};
