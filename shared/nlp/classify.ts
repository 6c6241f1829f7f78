import { PLACEHOLDER_NAMES } from '../detectors/pii/lib/example-data';
import { findContext } from '../detectors/pii/lib/context';
import { ORG_CUES, ORG_SUFFIXES, PERSON_CUES, PERSON_ROLE_CUES, PLACE_CUES, PUBLIC_NAMES } from './cues';
import { lookup, type Kind } from './lexicon';
import type { Sequence } from './sequences';
import type { EntityType } from './types';

/** Characters before a sequence searched for a cue: "my kid", "patient", "Dear" sit right before. */
export const CUE_WINDOW = 24;
/** Role words ("patient", "Dear", "my name is") must sit within ~2 words of the name. */
export const ROLE_WINDOW = 16;

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

/** Classifies one sequence with the gazetteer and cues; `undefined` type means "ask the tagger". */
export function classify(text: string, lower: string, seq: Sequence): Classified | 'unresolved' | null {
  const full = lookup(lower.slice(seq.start, seq.end));
  if (full === 'place' || full === 'org') {
    const type = full === 'place' ? 'pii.location' : 'pii.organization';
    return { type, start: seq.start, end: seq.end, rule: 'gazetteer-phrase', confidence: 0.75 };
  }
  // "Mr. May": after an honorific, the rest is a name even if the words are common.
  const honorific = seq.words.length > 1 && lookup(bare(seq.words[0]!)) === 'honorific';
  const [a, b] = honorific ? [1, seq.words.length] : core(seq.words);
  if (a >= b) return null;
  const words = seq.words.slice(a, b);
  const start = seq.start + seq.words.slice(0, a).reduce((n, w) => n + w.length + 1, 0);
  const end = start + words.join(' ').length;
  const phrase = lower.slice(start, end);
  const kinds = words.map((w) => lookup(bare(w)));
  const last = bare(words[words.length - 1]!);
  const cue = (list: readonly string[]) => findContext(lower, start, start, list, CUE_WINDOW, 0);
  const base = { start, end };

  if (words.length > 1 && ORG_SUFFIXES.has(last)) return { ...base, type: 'pii.organization', rule: 'org-suffix', confidence: 0.8 };
  const whole = lookup(phrase);
  if (whole === 'org') return { ...base, type: 'pii.organization', rule: 'gazetteer-org', confidence: 0.7 };
  if (whole === 'place' || kinds.every((k) => k === 'place')) return { ...base, type: 'pii.location', rule: 'gazetteer-place', confidence: 0.7 };

  // A role word only makes a name identifying when it is right before it and the sequence looks
  // like a name: in the gazetteer or several mixed-case words, and not inside a ${template}.
  const nameLike = (kinds.some((k) => k === 'given' || k === 'surname') || words.length > 1) && words.some((w) => /\p{Ll}/u.test(w));
  const template = /\$\{[^}]*$|\{\{[^}]*$/.test(text.slice(Math.max(0, start - 40), start));
  const roleCue = nameLike && !template ? findContext(lower, start, start, PERSON_ROLE_CUES, ROLE_WINDOW, 0) : undefined;
  const personCue = roleCue ?? cue(PERSON_CUES);
  const named = kinds.some((k) => k === 'given' || k === 'surname' || k === 'person');
  const downgrade = PUBLIC_NAMES.has(phrase) ? 'public or fictional figure' : PLACEHOLDER_NAMES.has(phrase) ? 'placeholder name' : undefined;
  const person = (rule: string, confidence: number): Classified => ({
    ...base, type: 'pii.person', rule, confidence,
    nameLike: nameLike && !template,
    ...(personCue ? { cue: personCue } : {}), ...(roleCue ? { roleCue } : {}), ...(downgrade ? { downgrade } : {}),
  });
  const unknownOrName = kinds.every((k) => k === undefined || k === 'given' || k === 'surname' || k === 'person');
  if (downgrade) return person('known-name', 0.6);
  if (honorific) return person('honorific', 0.7);
  if (named) return person('gazetteer-name', 0.75);
  if (personCue) return person('person-cue', 0.6);
  if (seq.speaker && seq.sentenceStart && unknownOrName) return person('speaker-label', 0.5);
  const placeCue = cue(PLACE_CUES);
  if (placeCue && kinds.every((k) => k === undefined || k === 'place')) return { ...base, type: 'pii.location', rule: 'place-cue', confidence: 0.5, cue: placeCue };
  if (cue(ORG_CUES) && words.length > 1) return { ...base, type: 'pii.organization', rule: 'org-cue', confidence: 0.45 };
  // Two or more unknown capitalised words mid-sentence: most often a name the lexicon lacks.
  if (words.length > 1 && unknownOrName) return person('unknown-proper-noun', 0.45);
  return kinds.some((k) => k === undefined) ? 'unresolved' : null;
}
