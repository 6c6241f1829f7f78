import { LOWER_LEGAL_FORMS, ORG_FORM_WORDS, ORG_LEAD_STOPWORDS } from '../detectors/pii/lib/org-words';
import type { Classified } from './classify';
import { lookup } from './lexicon';
import type { Overlaps } from './near-spans';
import type { PassClock } from './pass-clock';

/**
 * The two lower-case steps of the entity pass: organisation names before an unambiguous legal
 * form ("stillwater supercomputing inc.") and names after an explicit naming phrase ("my name is
 * vitoria"). Capitalised names are the sequence steps' (scan-entities.ts).
 */

/**
 * Matches each lower-case step (legal forms, names after a naming phrase) considers per text. A
 * prompt holds a handful; a paste with hundreds is a list, and past this the pattern layer's.
 */
export const LOWER_CASE_LIMIT = 64;
/**
 * Characters each lower-case step reads. Its regex scans all the text between two matches in one
 * native call that no clock check can interrupt, and the legal-form one costs ~0.06 ms a KB on
 * its worst input (64 KB of lower-case words ending in "inc": 3.6 ms), so this keeps either
 * step's longest uninterruptible stretch near 0.5 ms. Naming phrases and lower-case firms in a
 * prompt sit in its first lines; the rest of a long paste is the pattern layer's.
 */
export const LOWER_CASE_CHARS = 8 * 1024;
/** Matches a lower-case step handles before it consults the clock; a prompt holds a handful. */
export const LOWER_CASE_EXEMPT = 16;

type Step = 'lower-case-forms' | 'lower-case-names';

/**
 * Runs a lower-case step on `text` up to `to`, at most LOWER_CASE_CHARS of it. The cap is recorded
 * after the step's own cuts, because the clock keeps the first cut of each step.
 */
function capped<T>(step: Step, text: string, to: number, clock: PassClock, run: (head: string) => T): T {
  const end = Math.min(to, text.length);
  const found = run(end === text.length && end <= LOWER_CASE_CHARS ? text : text.slice(0, Math.min(end, LOWER_CASE_CHARS)));
  if (end > LOWER_CASE_CHARS) clock.limit(step, LOWER_CASE_CHARS);
  return found;
}

/** The step's matches in `text`, at most LOWER_CASE_LIMIT, each only while the clock allows. */
function* clockedMatches(step: Step, text: string, pattern: RegExp, clock: PassClock): Generator<RegExpExecArray> {
  let n = 0;
  for (const m of text.matchAll(pattern)) {
    if (n >= LOWER_CASE_LIMIT) {
      clock.limit(step, m.index);
      return;
    }
    if (clock.stop(step, n++, m.index, LOWER_CASE_EXEMPT)) return;
    yield m;
  }
}

const LOWER_FORM = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:[\\p{Ll}][\\p{Ll}\\p{M}'’&-]*[ \\t]){1,4})(?:${LOWER_LEGAL_FORMS.join('|')})(?![\\p{L}\\p{N}])(\\.)?`,
  'gu',
);

/** Lower-case organisation names before a legal form, in `text` up to `to` (at most LOWER_CASE_CHARS). */
export const lowerCaseForms = (text: string, to: number, taken: Overlaps, clock: PassClock): Classified[] =>
  capped('lower-case-forms', text, to, clock, (head) => formsIn(head, taken, clock));

function formsIn(text: string, taken: Overlaps, clock: PassClock): Classified[] {
  if (!/(?:inc|llc|ltd|plc|gmbh|corp|llp)/.test(text)) return [];
  const out: Classified[] = [];
  for (const m of clockedMatches('lower-case-forms', text, LOWER_FORM, clock)) {
    const words = m[1]!.trim().split(/[ \t]+/);
    let k = words.length;
    // Walk back from the legal form while the words can be part of a name; stop at a sentence word.
    while (k > 0 && !ORG_LEAD_STOPWORDS.has(words[k - 1]!)) k--;
    const name = words.slice(k);
    // "the company inc": at least one word must not be an ordinary dictionary word.
    if (name.length === 0 || name.every((w) => ORG_FORM_WORDS.has(w) || lookup(w.replace(/['’]s$/, '')) === 'word')) continue;
    const start = m.index + words.slice(0, k).reduce((n, w) => n + w.length + 1, 0);
    const end = m.index + m[0].length;
    if (taken(start, end)) continue;
    out.push({ type: 'pii.organization', start, end, rule: 'org-form-lower', confidence: 0.6 });
  }
  return out;
}

/** Explicit naming phrases after which a lower-case word is a name ("my name is vitoria"). */
const NAMING_CUE = /(?:^|[^a-z])(?:my name is|her name is|his name is|maiden name is|full name is|name:|call me|calls me|named|called)[ \t]+/g;
const LOWER_NAME_WORD = /^[\p{Ll}][\p{Ll}\p{M}'’-]{1,30}$/u;
const LOWER_INITIAL = /^[\p{Ll}]\.?$/u;

/**
 * Lower-case names right after an explicit naming phrase ("name: hyuuma t. maida", "calls me
 * borna"): up to three words the lexicon does not know as ordinary words. `low` unless other PII
 * is near (they keep nameLike, no role cue), so a chatty prompt does not flag on its own.
 */
export const lowerCaseNames = (text: string, lower: string, to: number, taken: Overlaps, clock: PassClock): Classified[] =>
  capped('lower-case-names', lower, to, clock, (head) => namesIn(text, head, taken, clock));

function namesIn(text: string, lower: string, taken: Overlaps, clock: PassClock): Classified[] {
  // includes() is a memchr; the alternation regex over a 64 KB paste was ~1 ms.
  if (!lower.includes('name') && !lower.includes('call')) return [];
  const out: Classified[] = [];
  for (const m of clockedMatches('lower-case-names', lower, NAMING_CUE, clock)) {
    const from = m.index + m[0].length;
    const tokens = /^[^\s,;:!?"“”()]+(?:[ \t][^\s,;:!?"“”()]+){0,3}/.exec(text.slice(from, from + 80))?.[0].split(/[ \t]/) ?? [];
    const words: string[] = [];
    for (const tok of tokens) {
      const w = tok.replace(/[.]$/, '');
      const initial = words.length > 0 && LOWER_INITIAL.test(tok);
      const k = lookup(w.replace(/['’]s$/, ''));
      if (!initial && (!LOWER_NAME_WORD.test(w.replace(/['’]s$/, '')) || k === 'word' || k === 'honorific' || k === 'place' || k === 'org' || ORG_LEAD_STOPWORDS.has(w))) break;
      words.push(initial ? tok : w.replace(/['’]s$/, ''));
      if (w !== tok && !initial) break; // a sentence-ending dot
      if (/['’]s$/.test(w)) break;
    }
    while (words.length > 0 && LOWER_INITIAL.test(words[words.length - 1]!)) words.pop();
    if (words.length === 0) continue;
    const start = from;
    const end = from + words.join(' ').length;
    if (text.slice(start, end) !== words.join(' ')) continue;
    if (taken(start, end)) continue;
    out.push({ type: 'pii.person', start, end, rule: 'naming-cue-lower', confidence: 0.5, cue: m[0].trim().replace(/^[^a-z]+/, ''), nameLike: true });
  }
  return out;
}
