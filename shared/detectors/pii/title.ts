import type { Candidate, Detector } from '../../engine/types';
import { midWord } from './lib/anchors';
import { JOB_HEADS, JOB_SUFFIX } from './lib/job-titles';
import { joinCandidates, MAX_MATCHES_PER_DETECTOR, scanRegex } from './lib/regex-scan';

/**
 * Honorifics ("Mrs.", "Dr.") and job titles ("Staff development specialist"). Alone they identify
 * no one, so severity is low; next to a name they narrow it down and are redacted with it.
 * Job titles are found only where a title is expected — a line of its own in a signature or
 * contact block, after "as (a)", after "I am a", or in ", the <title>," apposition — and must end in
 * an occupation head noun, so "as a result" or a heading line stays quiet.
 *
 * Speed: each slot is tried only where it can start (a short line, the space after "as"/"is",
 * ", the ", a form label's colon), never at every position of the text.
 */
/** Honorific and the space after it; the capital that must follow is checked in code (no /u scan). */
const HONORIFIC = /(?:Mrs|Mr|Ms|Mx|Dr|Prof|Rev|Fr)\.? |(?:Sir|Dame|Lady|Lord|Madam|Miss) /g;
const UPPER = /\p{Lu}/u;
const MOD = "[A-Za-z][A-Za-z'-]*,?";
const PHRASE = `(?:${MOD} ){0,5}[A-Za-z][A-Za-z-]+`;
/** Signature / contact-block line: the whole line is the phrase. Only short lines are tried. */
const LINE_AT = new RegExp(`[ \\t>]*(${PHRASE})[ \\t]*(?=\\r?\\n|$)`, 'y');
/** Six words of a job title fit in this many characters; longer lines are prose or code. */
const MAX_TITLE_LINE = 80;
/**
 * "as Rolling machine operator, but", "I am a nurse", "she was the Packager.": the slot word is
 * found from the space after it (the look-behind reads the word), so the scan stops only at "s "
 * and "m " instead of at every letter.
 */
const AS_WORD = /s (?<=(?:^|[^\w'])(?:as|is|was) )|m (?<=(?:^|[^\w'])am )/gi;
const AFTER_AS_AT = new RegExp(`(?:an? |the )?(${PHRASE})(?=[,.;:!?)]|$| (?:at|for|in|with|but|and)\\b)`, 'y');
/** "Marie Langrová, the Packager, said". */
const APPOSITION_AT = new RegExp(`(${PHRASE}),`, 'y');
/** Form field "Job title: Nurse", found from its separator. */
const FIELD_SEPARATOR = /[:=-](?<=(?:job title|position|role|occupation|profession)\s*[:=-])/gi;
/** The separator's look-behind needs one of these (ASCII) words: a text without one skips the scan over every ':', '=' and '-' of its code. */
const FIELD_LABEL = /job title|position|role|occupation|profession/;
const FIELD_AT = new RegExp(`\\s*(${PHRASE})(?=[,.;\\n]|$)`, 'y');

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Index of the last character before `end` that is not a space, tab or CR. */
function lastNonSpace(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i--;
  return i;
}
const isHead = (word: string): boolean => JOB_HEADS.has(word) || JOB_SUFFIX.test(word);
/** Words no job title contains; a slot phrase holding one is a clause ("acting as ChatGPT with Developer"). */
const NOT_IN_TITLES = new Set(['with', 'about', 'from', 'into', 'than', 'that', 'this', 'which', 'who', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'i', 'you', 'we', 'they']);

/** The title inside a slot phrase starting at `start`: cut after its last head noun ("operator, but quit"). */
function jobTitle(value: string, start: number): Candidate | null {
  const words = value.split(' ');
  let last = words.length - 1;
  while (last >= 0 && !isHead(words[last]!.toLowerCase().replace(/,$/, ''))) last--;
  if (last < 0 || words.slice(0, last).some((w) => NOT_IN_TITLES.has(w.toLowerCase()))) return null;
  const kept = words.slice(0, last + 1).join(' ').replace(/,$/, '');
  return { start, end: start + kept.length, rule: 'job-title', confidence: 0.5 };
}

function slotAt(re: RegExp, text: string, pos: number): Candidate | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? jobTitle(m[1]!, pos + m[0].indexOf(m[1]!)) : null;
}

/** Module-level, not a closure per scan (tools that keep function names would name each one). */
function add(found: Candidate[], c: Candidate | null): void {
  if (c && found.length < MAX_MATCHES_PER_DETECTOR) found.push(c);
}

function jobTitles(text: string, lower: string): Candidate[] {
  const found: Candidate[] = [];
  for (let line = 0; line < text.length && found.length < MAX_MATCHES_PER_DETECTOR; ) {
    const nl = text.indexOf('\n', line);
    const end = nl < 0 ? text.length : nl;
    if (end - line <= MAX_TITLE_LINE && isLetter(text.charCodeAt(lastNonSpace(text, end)))) add(found, slotAt(LINE_AT, text, line));
    line = end + 1;
  }
  AS_WORD.lastIndex = 0;
  for (let m = AS_WORD.exec(text); m !== null && found.length < MAX_MATCHES_PER_DETECTOR; m = AS_WORD.exec(text)) add(found, slotAt(AFTER_AS_AT, text, m.index + 2));
  for (let at = lower.indexOf(', the '); at >= 0 && found.length < MAX_MATCHES_PER_DETECTOR; at = lower.indexOf(', the ', at + 1)) add(found, slotAt(APPOSITION_AT, text, at + 6));
  FIELD_SEPARATOR.lastIndex = 0;
  if (FIELD_LABEL.test(lower)) for (let m = FIELD_SEPARATOR.exec(text); m !== null && found.length < MAX_MATCHES_PER_DETECTOR; m = FIELD_SEPARATOR.exec(text)) add(found, slotAt(FIELD_AT, text, m.index + 1));
  // Slots can overlap (an "as …" phrase on a line of its own): keep the earliest, as one pass would.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((c, i) => i === 0 || c.start >= found[i - 1]!.end);
}

export const title: Detector = {
  id: 'pii.title',
  category: 'pii',
  description: 'Honorifics and job titles next to people; low severity (narrows a name down, never flags alone).',
  validation: 'honorific before a capitalised word; job title in a title slot ending in an occupation noun (BLS SOC)',
  severity: 'low',
  placeholder: 'TITLE',
  detect: ({ text, lower }) =>
    joinCandidates(
      scanRegex(HONORIFIC, text, (m) => {
        const end = m.index + m[0].length - 1;
        if (midWord(text, m.index) || !UPPER.test(text.charAt(end + 1))) return null;
        return { start: m.index, end, rule: 'honorific', confidence: 0.7 };
      }),
      jobTitles(text, lower),
    ),
};
