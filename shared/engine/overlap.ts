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

/**
 * Accepted spans, sorted by start and pairwise disjoint. Insertion is a binary search plus a splice,
 * so resolving thousands of findings (a pasted mailing list) stays far from quadratic work.
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
 * Value findings (secrets, PII, custom) are exclusive: a character can become only one placeholder,
 * so of two overlapping values the better-ranked one wins (an AWS key over a generic high-entropy
 * match of the same span, a connection string over the password inside it). Signal findings
 * describe the text rather than a value — a code block, a CONFIDENTIAL label, an intent — so they
 * coexist with values and with each other; only the same span reported twice, or overlapping
 * reports of one type, collapse to one.
 */
export function resolveOverlaps(items: readonly ScoredFinding[]): ScoredFinding[] {
  const ranked = [...items].sort((a, b) => compareRank(a.finding, b.finding));
  const valueSpans: Array<[number, number]> = [];
  const signalSpans = new Set<string>();
  const signalSpansByType = new Map<string, Array<[number, number]>>();
  const kept: ScoredFinding[] = [];
  for (const item of ranked) {
    const { start, end, type } = item.finding;
    if (item.placeholder !== null) {
      if (tryInsertDisjoint(valueSpans, start, end)) kept.push(item);
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
