import type { Finding } from './types';
import { severityRank } from './options';

/** A finding plus what the engine needs to resolve and redact it. */
export interface ScoredFinding {
  readonly finding: Finding;
  /** Placeholder kind; `null` for signal findings (code, confidential, intent) that are not redacted. */
  readonly placeholder: string | null;
}

/** Better first: severity, then confidence, then the longer span (redacts more), then position. */
export function compareRank(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    b.confidence - a.confidence ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)
  );
}

/** An accepted value span and the index in `kept` of the finding that owns it. */
interface ValueSpan {
  start: number;
  end: number;
  readonly owner: number;
}

/** Index of the first span ending after `start`: spans are disjoint and sorted, so ends are sorted too. */
function firstEndingAfter(spans: readonly ValueSpan[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans overlapping `[start, end)`, as the index range `[from, to)`; empty when `from === to`. */
function overlapping(spans: readonly ValueSpan[], start: number, end: number): [number, number] {
  const from = firstEndingAfter(spans, start);
  let to = from;
  while (to < spans.length && spans[to]!.start < end) to++;
  return [from, to];
}

/**
 * Accepted signal spans of one type, sorted by start and pairwise disjoint. Insertion is a binary
 * search plus a splice, so resolving thousands of findings stays far from quadratic work.
 */
function tryInsertDisjoint(spans: Array<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] < start) lo = mid + 1;
    else hi = mid;
  }
  const before = spans[lo - 1];
  const after = spans[lo];
  if ((before !== undefined && before[1] > start) || (after !== undefined && after[0] < end)) return false;
  spans.splice(lo, 0, [start, end]);
  return true;
}

/**
 * Secrets claim characters before any other value: a credential inside a URL, an e-mail-shaped
 * token or text a name tagger read as a person is the more harmful reading of the same characters,
 * however confident the PII detector is about its own (issue #3: DB URIs with a password and
 * webhook URLs were lost to `pii.url` / `pii.email`).
 */
const valueTier = (f: Finding): number => (f.category === 'secret' ? 0 : 1);

/** The secret now also covers the other value's characters, so redaction hides the whole of both. */
function widened(item: ScoredFinding, other: Finding, start: number, end: number): ScoredFinding {
  const { finding } = item;
  // The page never reads an explanation (see toScored in dispatch.ts): its build leaves the note out.
  if (globalThis.__CONTENT_SCRIPT__) return { ...item, finding: { ...finding, start, end } };
  const note = `span widened over an overlapping ${other.type}`;
  return {
    ...item,
    finding: { ...finding, start, end, explanation: { ...finding.explanation, note: finding.explanation.note ? `${finding.explanation.note}; ${note}` : note } },
  };
}

/**
 * Value findings (secrets, PII, custom) are exclusive: a character can become only one placeholder.
 * Secrets go first (`valueTier`); within a tier the better-ranked value wins (an AWS key over a
 * generic high-entropy match of the same span, a connection string over the password inside it).
 * A later value that overlaps just one secret is folded into it: the secret keeps its type and
 * grows to cover both spans, so the part of a URL or e-mail address around a token is redacted
 * with it. Signal findings describe the text rather than a value — a code block, a CONFIDENTIAL
 * label, an intent — so they coexist with values and with each other; only the same span reported
 * twice, or overlapping reports of one type, collapse to one.
 */
export function resolveOverlaps(items: readonly ScoredFinding[]): ScoredFinding[] {
  const ranked = [...items].sort((a, b) => valueTier(a.finding) - valueTier(b.finding) || compareRank(a.finding, b.finding));
  const valueSpans: ValueSpan[] = [];
  const signalSpans = new Set<string>();
  const signalSpansByType = new Map<string, Array<[number, number]>>();
  const kept: ScoredFinding[] = [];
  for (const item of ranked) {
    const { start, end, type } = item.finding;
    if (item.placeholder !== null) {
      const [from, to] = overlapping(valueSpans, start, end);
      if (from === to) {
        valueSpans.splice(from, 0, { start, end, owner: kept.length });
        kept.push(item);
      } else if (to - from === 1) {
        foldIntoSecret(valueSpans, from, item.finding, kept);
      }
      continue;
    }
    const key = `${start}:${end}`;
    if (signalSpans.has(key)) continue;
    const ofType = signalSpansByType.get(type) ?? [];
    if (!tryInsertDisjoint(ofType, start, end)) continue;
    signalSpansByType.set(type, ofType);
    signalSpans.add(key);
    kept.push(item);
  }
  return kept.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
}

/**
 * Widens the secret owning `spans[at]` over a lower-tier value that overlaps only it. The union of
 * two overlapping spans holds no third span that overlaps neither, so the spans stay disjoint.
 */
function foldIntoSecret(spans: ValueSpan[], at: number, other: Finding, kept: ScoredFinding[]): void {
  const span = spans[at]!;
  const owner = kept[span.owner]!;
  if (valueTier(owner.finding) !== 0 || valueTier(other) === 0) return;
  const start = Math.min(span.start, other.start);
  const end = Math.max(span.end, other.end);
  if (start === span.start && end === span.end) return;
  span.start = start;
  span.end = end;
  kept[span.owner] = widened(owner, other, start, end);
}
