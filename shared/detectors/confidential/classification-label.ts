import type { Candidate, ContextEffect, Detector } from '../../engine/types';
import { isWholeWordAt } from '../../engine/terms';
import { lineIndex, type LineIndex } from '../../engine/text-index';
import { LABELS, META_WORDS, type LabelSpec } from './labels';
import { findMarkingLines, markingLines } from './marking-lines';

/**
 * Classification markings (CONFIDENTIAL, INTERNAL ONLY, ATTORNEY-CLIENT PRIVILEGED …) on pasted
 * text. The word alone is weak evidence: "what does CONFIDENTIAL mean?" or "write a footer saying
 * confidential" are not leaks. A marking counts when it is used as a label — upper-case, a line of
 * its own, at the top or bottom of a document — and the line does not talk about it.
 */

const BASE_SCORE = 0.35;
const UPPER_CASE = 0.25;
const LABEL_LINE = 0.3;
const HEADER_FOOTER = 0.15;
const META_TALK = -0.6;
/** Reported from here: upper-case in a sentence (0.6) or a title-case label line (0.65). */
const REPORT_FROM = 0.6;
/** A label line carries little else: "CONFIDENTIAL — Q3 board pack" (≤ this many other letters). */
const MAX_LABEL_LINE_LETTERS = 30;
/** Lines at either end of a document counted as header/footer; the document needs more lines. */
const EDGE_LINES = 2;

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly spec: LabelSpec;
}

/** The anchor keywords; every phrase contains one of them (a test checks it). */
export const KEYWORDS = ['confidential', 'internal', 'distribut', 'nda', 'restricted', 'secret', 'privilege', 'official use', 'fouo', 'embargoed', 'forward'];

/**
 * Phrases grouped by the first keyword they contain, with its offset in the phrase: a phrase is
 * compared only where its keyword occurs.
 */
const BY_ANCHOR = new Map(
  KEYWORDS.map((anchor) => [
    anchor,
    LABELS.filter((l) => KEYWORDS.find((k) => l.phrase.includes(k)) === anchor).map((spec) => ({ spec, offset: spec.phrase.indexOf(anchor) })),
  ]),
);
/**
 * Only keywords that start a word: every phrase is matched as a whole word and each keyword sits
 * at its phrase's start or after a space in it, so an occurrence inside a word (`nda` of
 * "agenda", `secret` of "undersecretary") is never a marking. `\b` is the ASCII word edge,
 * implied by isWholeWordAt's (whose word characters include non-ASCII ones; a test checks the
 * placement). It searches the candidate lines only (marking-lines.ts).
 */
const ANCHORS = new RegExp(`\\b(?:${KEYWORDS.join('|')})`, 'g');

/** Words that make every marking on a line a label: `Classification: Restricted`. */
export const PREFIX_WORDS = ['classification', 'sensitivity', 'marking', 'label'];
const CLASSIFICATION_PREFIX = new RegExp(`^(?:${PREFIX_WORDS.join('|')})\\s*:`);
const CUES = markingLines(LABELS.map((l) => l.phrase), KEYWORDS, PREFIX_WORDS);

/**
 * The markings on the lines that can hold a reported one (marking-lines.ts), text order, nested
 * ones left out. Phrases never span lines, so a line's markings nest only in each other.
 */
function findHits(text: string, lower: string): Hit[] {
  const lines = findMarkingLines(CUES, text, lower);
  const hits: Hit[] = [];
  for (let k = 0; k < lines.length; k += 2) hitsOnLine(lower, lines[k]!, lines[k + 1]!, hits);
  // Longest phrase wins where phrases nest ("strictly confidential" ⊃ "confidential").
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => {
    for (let p = Math.max(0, i - 4); p < i; p++) if (hits[p]!.start <= h.start && hits[p]!.end >= h.end) return false;
    return true;
  });
}

/**
 * The phrases on the line `[from, to)` of `lower`. The keyword search runs over the line alone
 * (a slice: no copy), restarted one character after each match so that no occurrence is skipped
 * (no keyword is a prefix of another; a test checks it).
 */
function hitsOnLine(lower: string, from: number, to: number, hits: Hit[]): void {
  const line = lower.slice(from, to);
  ANCHORS.lastIndex = 0;
  for (let m = ANCHORS.exec(line); m !== null; m = ANCHORS.exec(line)) {
    ANCHORS.lastIndex = m.index + 1;
    const at = from + m.index;
    for (const { spec, offset } of BY_ANCHOR.get(m[0])!) {
      const start = at - offset;
      if (start >= from && lower.startsWith(spec.phrase, start) && isWholeWordAt(lower, start, spec.phrase)) {
        hits.push({ start, end: start + spec.phrase.length, spec });
      }
    }
  }
}

/** `\s` of a regex: ASCII and Unicode white space (a line never holds `\n`). */
function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isBlank = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
};

/** Starts of the lines that hold more than whitespace, ascending. */
function nonBlankLineStarts(text: string, lines: LineIndex): number[] {
  const starts: number[] = [];
  for (let i = 0; i < lines.count; i++) if (!isBlank(text, lines.starts[i]!, lines.ends[i]!)) starts.push(lines.starts[i]!);
  return starts;
}

/** How many of the ascending `starts` are ≤ `offset`. */
function countAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const countLetters = (s: string): number => s.replace(/[^a-z]/g, '').length;
const SEPARATOR = /[:|—–•·([/-]/;
const isAlphanumeric = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const isSentenceEnd = (c: number): boolean => c === 0x2e || c === 0x3f || c === 0x21;

/**
 * What the checks need of one (lower-case, trimmed) line that holds a marking, computed once per
 * line however many markings it holds: a line of 10,000 markings costs one pass, not 10,000.
 */
interface LineFacts {
  readonly line: string;
  /** The line without leading and trailing decoration (`*** … ***`, `[ … ]`). */
  readonly core: string;
  readonly prefixed: boolean;
  /** The META_WORDS entry the line holds, or `?` for a question; `undefined` for neither. */
  readonly meta: string | undefined;
  /** isLabelLine per phrase, as found: it may read the whole line. */
  readonly labels: Map<string, boolean>;
}

function lineFacts(line: string): LineFacts {
  let from = 0;
  let to = line.length;
  while (from < to && !isAlphanumeric(line.charCodeAt(from))) from++;
  while (to > from && !isAlphanumeric(line.charCodeAt(to - 1))) to--;
  return {
    line,
    core: line.slice(from, to),
    prefixed: CLASSIFICATION_PREFIX.test(line),
    meta: META_WORDS.find((w) => line.includes(w)) ?? (line.endsWith('?') ? '?' : undefined),
    labels: new Map(),
  };
}

/**
 * Is the marking used as a label on this line? A label starts the line and is followed by a
 * separator or a short title, or ends the line after a separator (footer "Acme | Confidential"),
 * or follows `Classification:`.
 */
function isLabelLine({ line, core, prefixed }: LineFacts, phrase: string): boolean {
  if (prefixed) return true;
  if (core.startsWith(phrase)) {
    const after = core.slice(phrase.length).trimStart();
    if (after.length === 0 || SEPARATOR.test(after[0] ?? '')) return true;
    return countLetters(after) <= MAX_LABEL_LINE_LETTERS && !isSentenceEnd(line.charCodeAt(line.length - 1));
  }
  if (core.endsWith(phrase)) return SEPARATOR.test(core.slice(0, -phrase.length).trimEnd().slice(-1));
  return false;
}

export const classificationLabel: Detector = {
  id: 'confidential.classification_label',
  category: 'confidential',
  description: 'Classification markings (CONFIDENTIAL, INTERNAL ONLY, PRIVILEGED …) used as a label on pasted text.',
  validation: 'label form (upper-case, own line, header/footer) raises, talking about the word lowers',
  severity: 'medium',
  // STRICTLY CONFIDENTIAL anywhere, CONFIDENTIAL or TRADE SECRET as a label line (labels.ts).
  maxSeverity: 'high',
  placeholder: null,
  // No `keywords` prefilter: the engine's (one search for the lower-case keywords) would cost
  // more than the cues below (marking-lines.ts), and let `nda` of "agenda" or "Monday" through.
  detect: (input) => {
    const { text, lower } = input;
    const hits = findHits(text, lower);
    if (hits.length === 0) return [];
    const lines = lineIndex(input);
    const nonBlank = nonBlankLineStarts(text, lines);
    const out: Candidate[] = [];
    // Hits come in text order: the line cursor only moves forward, and a line is read once.
    let lineNumber = -1;
    let facts: LineFacts | null = null;
    for (const { start, end, spec } of hits) {
      if (facts === null || start >= lines.ends[lineNumber]!) {
        while (start > lines.ends[lineNumber + 1]!) lineNumber++;
        lineNumber++;
        facts = lineFacts(lower.slice(lines.starts[lineNumber]!, lines.ends[lineNumber]!).trim());
      }
      const form = text.slice(start, end);
      const context: ContextEffect[] = [];
      const upper = form === form.toUpperCase();
      if (upper) context.push({ word: 'upper-case form', delta: UPPER_CASE });
      let labelLine = facts.labels.get(spec.phrase);
      if (labelLine === undefined) facts.labels.set(spec.phrase, (labelLine = isLabelLine(facts, spec.phrase)));
      if (labelLine) context.push({ word: 'label line', delta: LABEL_LINE });
      // Index of the hit's line among the non-blank lines.
      const index = countAtOrBefore(nonBlank, start) - 1;
      const edge = nonBlank.length > 2 * EDGE_LINES && (index < EDGE_LINES || index >= nonBlank.length - EDGE_LINES);
      if (edge) context.push({ word: 'header/footer position', delta: HEADER_FOOTER });
      const meta = facts.meta ?? quoted(text, start, end);
      if (meta !== undefined) context.push({ word: meta, delta: META_TALK });
      if (spec.labelOnly === true && !labelLine) continue;
      const confidence = context.reduce((sum, c) => sum + c.delta, BASE_SCORE);
      if (confidence < REPORT_FROM) continue;
      out.push({
        start,
        end,
        rule: labelLine ? 'label' : 'in-text',
        baseScore: BASE_SCORE,
        confidence: Math.min(1, confidence),
        severity: labelLine ? spec.labelSeverity : spec.severity,
        context,
      });
    }
    return out;
  },
};

function quoted(text: string, start: number, end: number): string | undefined {
  const before = text[start - 1];
  const after = text[end];
  return before !== undefined && before === after && `"'\``.includes(before) ? 'quoted' : undefined;
}
