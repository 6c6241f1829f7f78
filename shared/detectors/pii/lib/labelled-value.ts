import type { Candidate } from '../../../engine/types';
import { execAt, literalHits, midWord } from './anchors';
import { MAX_MATCHES_PER_DETECTOR } from './regex-scan';

/**
 * "Label … value" detectors (passport, driving licence, MRN): identifiers with no checksum and no
 * fixed national format are only reported next to a label. Each label starts with one of the
 * `anchors` literals, found with `indexOf` in the lower-cased text (no per-position regex); the
 * sticky `label` regex then reads the whole label there, and the value regex must match within
 * `reach` characters after it — bounded passes, no backtracking across the gap.
 */
export interface LabelledSpec {
  /** Lower-case literals every label starts with ("passport", "여권"). */
  readonly anchors: readonly string[];
  /** Sticky, case-insensitive: the whole label at an anchor ("driver's license", "DL"). */
  readonly label: RegExp;
  /** Regex for the value (not global); must require at least one digit. */
  readonly value: RegExp;
  /** Max characters between the end of the label and the value ("number is: "). */
  readonly reach: number;
  readonly rule: string;
  /** Also accept a value right before the label: "AAA123456 es mi número de pasaporte". */
  readonly valueFirst?: boolean;
}

/** Values after one label: "Passports: AB1234567 and XY9876543", "MRN 0042, 0043". */
const MAX_LISTED = 5;
const LIST_JOIN = /^\s*(?:,|;|\/|&|\band\b|\bor\b|\bund\b|\by\b|\bet\b|\be\b)\s*/iu;
/**
 * Words that may sit between a value and a label that follows it: a copula, a possessive,
 * "number" — "X12345678 is my passport number", "AAA123456 es mi número de pasaporte".
 */
const BETWEEN_WORDS = new Set([
  'is', 'was', 'es', 'era', 'est', 'ist', 'war', 'è', 'é', 'my', 'mi', 'mon', 'ma', 'mein', 'meine', 'meiner', 'il', 'le',
  'la', 'el', 'the', 'this', 'número', 'numero', 'numéro', 'nummer', 'number', 'no', 'nr', 'de', 'del', 'du', 'di', 'do',
  'da', 'of', 'mio', 'mia', 'minha', 'meu', 'our', 'his', 'her', 'their',
]);
const onlyBetweenWords = (s: string): boolean =>
  s.split(/[\s,:()\-–—]+/).every((w) => w === '' || BETWEEN_WORDS.has(w.toLowerCase()));
/** Characters before a label searched for a value that precedes it. */
const BEFORE_REACH = 40;

const isAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;

function found(start: number, end: number, spec: LabelledSpec, label: string): Candidate {
  return { start, end, rule: spec.rule, baseScore: 0.4, confidence: 0.85, context: [{ word: label.trim().toLowerCase(), delta: 0.45 }] };
}

/** Each spec's value regex as a global one, compiled once (it was compiled per label). */
const globalValues = new WeakMap<RegExp, RegExp>();

/** The last value match in `window` (a value right before the label). */
function lastValue(value: RegExp, window: string): RegExpExecArray | null {
  let re = globalValues.get(value);
  if (re === undefined) {
    re = new RegExp(value.source, value.flags.includes('g') ? value.flags : value.flags + 'g');
    globalValues.set(value, re);
  }
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    last = m;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

export function scanLabelled(text: string, lower: string, spec: LabelledSpec): Candidate[] {
  const out: Candidate[] = [];
  let after = 0; // values already taken end here: a second label in the same phrase adds nothing
  for (const pos of literalHits(lower, spec.anchors)) {
    if (out.length >= MAX_MATCHES_PER_DETECTOR) break;
    // Latin labels must start a word ("passport", not "compassport"); CJK labels have no spaces.
    if (pos < after || (isAsciiLetter(lower.charCodeAt(pos)) && midWord(text, pos))) continue;
    const m = execAt(spec.label, text, pos);
    if (!m) continue;
    const from = pos + m[0].length;
    let cursor = from;
    let reach = spec.reach;
    let listed = 0;
    while (listed < MAX_LISTED) {
      const v = spec.value.exec(text.slice(cursor, cursor + reach + 24));
      if (!v || v.index > reach) break;
      const start = cursor + v.index;
      out.push(found(start, start + v[0].length, spec, m[0]));
      after = start + v[0].length;
      listed++;
      const join = LIST_JOIN.exec(text.slice(after, after + 8));
      if (!join) break;
      cursor = after + join[0].length;
      reach = 0;
    }
    if (listed > 0 || !spec.valueFirst) continue;
    const windowStart = Math.max(after, pos - BEFORE_REACH);
    const v = lastValue(spec.value, text.slice(windowStart, pos));
    if (!v || !onlyBetweenWords(text.slice(windowStart + v.index + v[0].length, pos))) continue;
    out.push(found(windowStart + v.index, windowStart + v.index + v[0].length, spec, m[0]));
    after = from;
  }
  return out;
}
