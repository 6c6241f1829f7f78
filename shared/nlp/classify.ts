import { PLACEHOLDER_NAMES } from '../detectors/pii/lib/example-data';
import { findContext } from '../detectors/pii/lib/context';
import { JOB_HEADS, JOB_SUFFIX } from '../detectors/pii/lib/job-titles';
import { ORG_CUES, ORG_NOUNS, ORG_SUFFIXES, PERSON_CUES, PERSON_ROLE_CUES, PLACE_CUES, PUBLIC_NAMES, STRONG_ORG_CUES, STRONG_PLACE_CUES } from './cues';
import { lookup, type Kind } from './lexicon';
import type { Sequence } from './sequences';
import type { EntityType } from './types';

/** Characters before a sequence searched for a cue: "my kid", "patient", "Dear" sit right before. */
export const CUE_WINDOW = 24;
/** Role words ("patient", "Dear", "my name is") must sit within ~2 words of the name. */
export const ROLE_WINDOW = 16;
/** "X is an American multinational investment bank": the kind noun sits within ~6 words after. */
const ORG_DESCRIPTION = new RegExp(`^,? (?:is|was|has been|became) (?:a|an|the)\\b[^.\\n]{0,60}?\\b(?:${ORG_NOUNS.map((w) => w.replace(/[()]/g, '\\$&')).join('|')})\\b`);
/** Law-firm style names: "Davis, Reynolds and Williamson", "Barnett, Melton & Garcia". */
const FIRM_LIST = /^(?:The )?((?:[\p{Lu}][\p{Ll}'’-]+, ){1,3}[\p{Lu}][\p{Ll}'’-]+ (?:and|&) [\p{Lu}][\p{Ll}'’-]+)/u;
/** "our 3 founders: Morrison, Rogers and Torres": a list of people, not a firm. */
const PEOPLE_BEFORE = /\b(?:founders?|children|kids|sons|daughters|friends|brothers|sisters|members|people|players|students|employees|authors|winners|guests|had \d+):?\s*$/i;
/** Legal-form abbreviations whose dot belongs to the name ("Johnson Inc."). */
const DOTTED_SUFFIX = new Set(['inc', 'ltd', 'corp', 'co', 'bros']);
/** Verbs right after an unknown capitalised word that make it a person ("Mehrudin shouted", "says Joly"). */
const PERSON_VERB_AFTER =
  /^(?:['’]s)? (?:said|says|shouted|told|asked|replied|wrote|had given|has given|is from|was born|lives|worked|works|novel|book|poem|memoir|verses)\b|^, (?:can|could|would|will|please|thanks|thank)\b/;
/** Kinship and naming phrases right before a word make it a person even if it is also a place ("my kid Florence"). */
const KIN_CUES = ['my kid', 'my son', 'my daughter', 'my wife', 'my husband', 'my mother', 'my father', 'my friend', 'my boss', 'named', 'called', 'call me', 'calls me'];

export interface Classified {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly confidence: number;
  readonly cue?: string;
  readonly roleCue?: string;
  readonly downgrade?: string;
  /** Looks like a personal name (gazetteer hit or several mixed-case words): may be raised by nearby PII. */
  readonly nameLike?: boolean;
}

/** Words that are capitalised for grammar, not because they name something. */
const isCommon = (k: Kind | undefined, w: string): boolean =>
  (k === 'word' || k === 'honorific') && !/^[\p{Lu}]\.?$/u.test(w);

/** Trim common words off both ends; returns the index range of the remaining words. */
function core(words: readonly string[]): [number, number] {
  let a = 0;
  let b = words.length;
  while (a < b && isCommon(lookup(bare(words[a]!)), words[a]!)) a++;
  while (b > a && isCommon(lookup(bare(words[b - 1]!)), words[b - 1]!)) b--;
  return [a, b];
}

const bare = (w: string): string => w.toLowerCase().replace(/[.'’]+$/, '');

/** "Prompt name:", "Project name:", "Character name:": a name field that does not hold a real person. */
const THING_NAME = /\b(?:prompt|project|file|product|app|company|business|brand|display|user|variable|field|model|task|skill|tool|package|team|domain|host|database|table|column|class|function|character|pet|code|event|course|book|song|album|game|level|repo|branch)[ _-]?name\s*[:=]?\s*$/;

/** Role cue that does not introduce a person: a thing's name field, or a job title ("Dear Hiring Manager"). */
function notAPersonRole(lower: string, start: number, last: string): boolean {
  return THING_NAME.test(lower.slice(Math.max(0, start - 24), start)) || JOB_HEADS.has(last) || JOB_SUFFIX.test(last);
}

const GREETING = /\b(?:hi|hello|hey|dear)\s+$/;

/** Strong place and organisation cues may sit a little further back ("grew up in the town of"). */
const STRONG_CUE_WINDOW = ROLE_WINDOW + 8;

/**
 * A candidate built by assignment. Not `{ ...base, type, rule }`: on Node 20 (V8 11.3) a literal
 * that adds properties after a spread allocates in the old generation on every call (measured:
 * one such literal a sequence grew it ~140 KB a 64 KB text, collected only by a mark-compact of
 * 15–70 ms inside some later text), and the entity pass builds one per capitalised sequence.
 */
function at(start: number, end: number, type: EntityType, rule: string, confidence: number, cue?: string): Classified {
  const c: { -readonly [K in keyof Classified]: Classified[K] } = { type, start, end, rule, confidence };
  if (cue) c.cue = cue;
  return c;
}

/** What a person candidate carries besides its rule and confidence. */
interface PersonEvidence {
  readonly start: number;
  readonly end: number;
  readonly nameLike: boolean;
  readonly cue: string | undefined;
  readonly roleCue: string | undefined;
  readonly downgrade: string | undefined;
}

/**
 * A person candidate, built by assignment as `at` is (object spreads here were also the pass's
 * hottest line). A module function, not a closure in `classify`: tools that keep function names
 * (tsx, esbuild `keepNames`) define `name` on every new closure, one property definition per
 * sequence.
 */
function person(e: PersonEvidence, rule: string, confidence: number): Classified {
  const c: { -readonly [K in keyof Classified]: Classified[K] } = { type: 'pii.person', start: e.start, end: e.end, rule, confidence, nameLike: e.nameLike };
  if (e.cue) c.cue = e.cue;
  if (e.roleCue) c.roleCue = e.roleCue;
  if (e.downgrade) c.downgrade = e.downgrade;
  return c;
}

/** Classifies one sequence with the gazetteer and cues; `undefined` type means "ask the tagger". */
export function classify(text: string, lower: string, seq: Sequence): Classified | 'unresolved' | null {
  const firm = FIRM_LIST.exec(text.slice(seq.start, seq.start + 120));
  const people = firm && PEOPLE_BEFORE.test(text.slice(Math.max(0, seq.start - 30), seq.start));
  if (firm && !people && !firm[1]!.split(/,? (?:and |& )?/).some((w) => lookup(w.toLowerCase()) === 'given')) {
    const at = seq.start + firm[0].length - firm[1]!.length;
    return { type: 'pii.organization', start: at, end: at + firm[1]!.length, rule: 'firm-name', confidence: 0.6 };
  }
  if (people && seq.words.length === 1) return { type: 'pii.person', start: seq.start, end: seq.end, rule: 'people-list', confidence: 0.55, nameLike: true };
  const full = lookup(lower.slice(seq.start, seq.end));
  const kin = findContext(lower, seq.start, seq.start, KIN_CUES, ROLE_WINDOW, 0);
  if (kin && seq.words.length <= 3 && !seq.sentenceStart) {
    return { type: 'pii.person', start: seq.start, end: seq.end, rule: 'kin-cue', confidence: 0.6, cue: kin, nameLike: true };
  }
  // "Aunt Bertha Inc", "The Vanguard Group": a legal-form suffix makes the whole run the name.
  const rawLast = bare(seq.words[seq.words.length - 1]!);
  if (seq.words.length > 1 && ORG_SUFFIXES.has(rawLast)) {
    const the = /^the$/i.test(seq.words[0]!) ? 4 : 0;
    const dot = DOTTED_SUFFIX.has(rawLast) && text[seq.end] === '.' ? 1 : 0;
    return { type: 'pii.organization', start: seq.start + the, end: seq.end + dot, rule: 'org-suffix', confidence: 0.8 };
  }
  if (full === 'place' || full === 'org') {
    const type = full === 'place' ? 'pii.location' : 'pii.organization';
    return { type, start: seq.start, end: seq.end, rule: 'gazetteer-phrase', confidence: 0.75 };
  }
  // "Mr. May": after an honorific, the rest is a name even if the words are common.
  const honorific = seq.words.length > 1 && lookup(bare(seq.words[0]!)) === 'honorific';
  const [a, b0] = honorific ? [1, seq.words.length] : core(seq.words);
  // "Ivan King", "Rebecca Hides": after a given name, a capitalised common word is the surname.
  const b = a < b0 && lookup(bare(seq.words[a]!)) === 'given' && b0 < seq.words.length && b0 === a + 1 ? b0 + 1 : b0;
  if (a >= b) return null;
  const words = seq.words.slice(a, b);
  const start = seq.start + seq.words.slice(0, a).reduce((n, w) => n + w.length + 1, 0);
  const end = start + words.join(' ').length;
  const phrase = lower.slice(start, end);
  const kinds = words.map((w) => lookup(bare(w)));
  const last = bare(words[words.length - 1]!);

  if (words.length > 1 && ORG_SUFFIXES.has(last)) return at(start, end, 'pii.organization', 'org-suffix', 0.8);
  const whole = lookup(phrase);
  if (whole === 'org') return at(start, end, 'pii.organization', 'gazetteer-org', 0.7);
  if (whole === 'place' || kinds.every((k) => k === 'place')) return at(start, end, 'pii.location', 'gazetteer-place', 0.7);
  const orgCue = findContext(lower, start, start, STRONG_ORG_CUES, STRONG_CUE_WINDOW, 0);
  if (orgCue || ORG_DESCRIPTION.test(text.slice(end, end + 90))) {
    return at(start, end, 'pii.organization', orgCue ? 'org-cue' : 'org-description', 0.6, orgCue);
  }

  // A role word only makes a name identifying when it is right before it and the sequence looks
  // like a name: in the gazetteer or several mixed-case words, and not inside a ${template}.
  // "Hi Priya,": a word the lexicon does not know, addressed right after a greeting, is a name.
  const greeted = words.length === 1 && kinds[0] === undefined && GREETING.test(lower.slice(Math.max(0, start - 8), start));
  const nameLike = (kinds.some((k) => k === 'given' || k === 'surname') || words.length > 1 || greeted) && words.some((w) => /\p{Ll}/u.test(w));
  const template = /\$\{[^}]*$|\{\{[^}]*$/.test(text.slice(Math.max(0, start - 40), start));
  const roleCue = nameLike && !template && !notAPersonRole(lower, start, last) ? findContext(lower, start, start, PERSON_ROLE_CUES, ROLE_WINDOW, 0) : undefined;
  const personCue = roleCue ?? findContext(lower, start, start, PERSON_CUES, CUE_WINDOW, 0);
  const named = kinds.some((k) => k === 'given' || k === 'surname' || k === 'person');
  const downgrade = PUBLIC_NAMES.has(phrase) ? 'public or fictional figure' : PLACEHOLDER_NAMES.has(phrase) ? 'placeholder name' : undefined;
  const evidence: PersonEvidence = { start, end, nameLike: nameLike && !template, cue: personCue, roleCue, downgrade };
  const unknownOrName = kinds.every((k) => k === undefined || k === 'given' || k === 'surname' || k === 'person');
  if (downgrade) return person(evidence, 'known-name', 0.6);
  // "flew to Horten", "grew up in Shelly Park": a place unless the words are known names.
  const placeCueStrong = roleCue || honorific ? undefined : findContext(lower, start, start, STRONG_PLACE_CUES, STRONG_CUE_WINDOW, 0);
  if (placeCueStrong && !named) return at(start, end, 'pii.location', 'place-cue', 0.6, placeCueStrong);
  if (honorific) return person(evidence, 'honorific', 0.7);
  if (named) return person(evidence, 'gazetteer-name', 0.75);
  if (personCue) return person(evidence, 'person-cue', 0.6);
  if (unknownOrName && words.length === 1 && PERSON_VERB_AFTER.test(text.slice(end, end + 16))) return person(evidence, 'person-verb', 0.5);
  if (seq.speaker && seq.sentenceStart && unknownOrName) return person(evidence, 'speaker-label', 0.5);
  const placeCue = findContext(lower, start, start, PLACE_CUES, CUE_WINDOW, 0);
  if (placeCue && kinds.every((k) => k === undefined || k === 'place')) return at(start, end, 'pii.location', 'place-cue', 0.5, placeCue);
  if (findContext(lower, start, start, ORG_CUES, CUE_WINDOW, 0) && words.length > 1) return at(start, end, 'pii.organization', 'org-cue', 0.45);
  // Two or more unknown capitalised words mid-sentence: most often a name the lexicon lacks.
  if (words.length > 1 && unknownOrName) return person(evidence, 'unknown-proper-noun', 0.45);
  return kinds.some((k) => k === undefined) ? 'unresolved' : null;
}
