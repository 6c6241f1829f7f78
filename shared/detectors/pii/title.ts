import type { Candidate, Detector } from '../../engine/types';
import { JOB_HEADS, JOB_SUFFIX } from './lib/job-titles';
import { scanRegex } from './lib/regex-scan';

/**
 * Honorifics ("Mrs.", "Dr.") and job titles ("Staff development specialist"). Alone they identify
 * no one, so severity is low; next to a name they narrow it down and are redacted with it.
 * Job titles are found only where a title is expected — a line of its own in a signature or
 * contact block, after "as (a)", after "I am a", or in ", the <title>," apposition — and must end in
 * an occupation head noun, so "as a result" or a heading line stays quiet.
 */
const HONORIFIC = /(?<![\p{L}\p{N}])(?:Mrs|Mr|Ms|Mx|Dr|Prof|Rev|Fr)\.?(?= \p{Lu})|(?<![\p{L}\p{N}])(?:Sir|Dame|Lady|Lord|Madam|Miss)(?= \p{Lu})/gu;
const MOD = "[A-Za-z][A-Za-z'-]*,?";
const PHRASE = `(?:${MOD} ){0,5}[A-Za-z][A-Za-z-]+`;
const TITLE_SLOTS = new RegExp(
  [
    `(?:^|\\n)[ \\t>]*(${PHRASE})[ \\t]*(?=\\r?\\n|$)`, // signature / contact-block line
    `\\b(?:as|am|is|was|work as|works as|worked as) (?:an? |the )?(${PHRASE})(?=[,.;:!?)]|$| (?:at|for|in|with|but|and)\\b)`, // "as Rolling machine operator, but"
    `, the (${PHRASE}),`, // "Marie Langrová, the Packager, said"
    `\\b(?:job title|position|role|occupation|profession)\\s*[:=-]\\s*(${PHRASE})(?=[,.;\\n]|$)`, // form field
  ].join('|'),
  'g',
);

const isHead = (word: string): boolean => JOB_HEADS.has(word) || JOB_SUFFIX.test(word);

function jobTitle(m: RegExpExecArray): Candidate | null {
  const value = m[1] ?? m[2] ?? m[3] ?? m[4];
  if (!value) return null;
  // The slot may run past the title ("operator, but quit"): cut after the last head noun.
  const words = value.split(' ');
  let last = words.length - 1;
  while (last >= 0 && !isHead(words[last]!.toLowerCase().replace(/,$/, ''))) last--;
  if (last < 0) return null;
  const kept = words.slice(0, last + 1).join(' ').replace(/,$/, '');
  const start = m.index + m[0].indexOf(value);
  return { start, end: start + kept.length, rule: 'job-title', confidence: 0.5 };
}

export const title: Detector = {
  id: 'pii.title',
  category: 'pii',
  description: 'Honorifics and job titles next to people; low severity (narrows a name down, never flags alone).',
  validation: 'honorific before a capitalised word; job title in a title slot ending in an occupation noun (BLS SOC)',
  severity: 'low',
  placeholder: 'TITLE',
  detect: ({ text }) => [
    ...scanRegex(HONORIFIC, text, (m) => ({ start: m.index, end: m.index + m[0].length, rule: 'honorific', confidence: 0.7 })),
    ...scanRegex(TITLE_SLOTS, text, jobTitle),
  ],
};
