import type { Candidate, ContextEffect, Detector } from '../../engine/types';
import { isWholeWordAt } from '../../engine/terms';
import { lineIndex, type LineIndex } from '../../engine/text-index';
import { LABELS, META_WORDS, type LabelSpec } from './labels';

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

/** The prefilter keywords; every phrase contains one of them (a test checks it). */
const KEYWORDS = ['confidential', 'internal', 'distribut', 'nda', 'restricted', 'secret', 'privilege', 'official use', 'fouo', 'embargoed', 'forward'];

/**
 * Phrases grouped by the first keyword they contain, with its offset in the phrase. The text is
 * searched for the 11 keywords with the native `indexOf`, and a phrase is compared only where its
 * keyword occurs: 11 scans instead of one per phrase (25).
 */
const BY_ANCHOR = KEYWORDS.map((anchor) => ({
  anchor,
  phrases: LABELS.filter((l) => KEYWORDS.find((k) => l.phrase.includes(k)) === anchor).map((spec) => ({ spec, offset: spec.phrase.indexOf(anchor) })),
}));

function findHits(lower: string): Hit[] {
  const hits: Hit[] = [];
  for (const { anchor, phrases } of BY_ANCHOR) {
    for (let at = lower.indexOf(anchor); at !== -1; at = lower.indexOf(anchor, at + 1)) {
      for (const { spec, offset } of phrases) {
        const start = at - offset;
        if (start >= 0 && lower.startsWith(spec.phrase, start) && isWholeWordAt(lower, start, spec.phrase)) {
          hits.push({ start, end: start + spec.phrase.length, spec });
        }
      }
    }
  }
  // Longest phrase wins where phrases nest ("strictly confidential" ⊃ "confidential").
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => !hits.slice(Math.max(0, i - 4), i).some((p) => p.start <= h.start && p.end >= h.end));
}

const NON_SPACE = /\S/g;

/** Starts of the lines that hold more than whitespace, ascending. */
function nonBlankLineStarts(text: string, lines: LineIndex): number[] {
  const starts: number[] = [];
  for (let i = 0; i < lines.count; i++) {
    NON_SPACE.lastIndex = lines.starts[i]!;
    const m = NON_SPACE.exec(text);
    if (m !== null && m.index < lines.ends[i]!) starts.push(lines.starts[i]!);
  }
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
const CLASSIFICATION_PREFIX = /^(?:classification|sensitivity|marking|label)\s*:/;

/**
 * Is the marking used as a label on this (lower-case, trimmed) line? Decoration (`*** … ***`,
 * `[ … ]`) is ignored. A label starts the line and is followed by a separator or a short title, or
 * ends the line after a separator (footer "Acme | Confidential"), or follows `Classification:`.
 */
function isLabelLine(line: string, phrase: string): boolean {
  if (CLASSIFICATION_PREFIX.test(line)) return true;
  const core = line.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  if (core.startsWith(phrase)) {
    const after = core.slice(phrase.length).trimStart();
    if (after.length === 0 || SEPARATOR.test(after[0] ?? '')) return true;
    return countLetters(after) <= MAX_LABEL_LINE_LETTERS && !/[.?!]$/.test(line);
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
  keywords: KEYWORDS,
  detect: (input) => {
    const { text, lower } = input;
    const hits = findHits(lower);
    if (hits.length === 0) return [];
    const nonBlank = nonBlankLineStarts(text, lineIndex(input));
    const out: Candidate[] = [];
    for (const { start, end, spec } of hits) {
      const lineStart = lower.lastIndexOf('\n', start - 1) + 1;
      const nl = lower.indexOf('\n', end);
      const lineEnd = nl === -1 ? lower.length : nl;
      const line = lower.slice(lineStart, lineEnd).trim();
      const form = text.slice(start, end);
      const context: ContextEffect[] = [];
      const upper = form === form.toUpperCase();
      if (upper) context.push({ word: 'upper-case form', delta: UPPER_CASE });
      const labelLine = isLabelLine(line, spec.phrase);
      if (labelLine) context.push({ word: 'label line', delta: LABEL_LINE });
      // Index of the hit's line among the non-blank lines.
      const index = countAtOrBefore(nonBlank, start) - 1;
      const edge = nonBlank.length > 2 * EDGE_LINES && (index < EDGE_LINES || index >= nonBlank.length - EDGE_LINES);
      if (edge) context.push({ word: 'header/footer position', delta: HEADER_FOOTER });
      const meta = META_WORDS.find((w) => line.includes(w)) ?? (line.endsWith('?') ? '?' : undefined) ?? quoted(text, start, end);
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
