import { computeRisk } from '../engine/risk';
import { redact, type RedactionSpan } from '../engine/redact';
import { EMPTY_PLACEHOLDERS } from '../engine/options';
import type { Category, Finding, PlaceholderMap, ScanResult } from '../engine/types';
import { ENTITY_TYPES, type EntityType } from './types';

/**
 * Adds the NLP worker's entity findings to a verdict scan, for the record and the collector.
 *
 * The rule (README, "NLP cost"): the verdict's own findings all stand; an entity finding is added
 * only where it overlaps no value the verdict found (values are exclusive, as in the engine), and
 * risk, `flagged` and the redacted text are recomputed over the union. The verdict the page
 * already acted on is never revisited: this result only feeds the stored event and the sync.
 */

/** Must equal the placeholders of the registry's entity detectors (checked by a test). */
export const ENTITY_PLACEHOLDERS: Readonly<Record<EntityType, string>> = {
  'pii.person': 'PERSON',
  'pii.organization': 'ORG',
  'pii.location': 'LOCATION',
};

/** Value categories are redacted and mutually exclusive; the others are signals (engine/overlap.ts). */
const VALUE_CATEGORIES: ReadonlySet<Category> = new Set(['pii', 'secret', 'custom']);
const isEntity = (type: string): type is EntityType => (ENTITY_TYPES as readonly string[]).includes(type);
const overlaps = (a: Finding, b: Finding): boolean => a.start < b.end && b.start < a.end;

export interface EnrichOptions {
  readonly flagThreshold: number;
  /** The map the verdict scan continued from, so numbering stays the same. */
  readonly placeholders?: PlaceholderMap;
}

export function enrichResult(text: string, base: ScanResult, entities: readonly Finding[], options: EnrichOptions): ScanResult {
  const values = base.findings.filter((f) => VALUE_CATEGORIES.has(f.category));
  const added: Finding[] = [];
  for (const e of entities) {
    if (!isEntity(e.type) || e.end > base.stats.chars) continue;
    if (values.some((v) => overlaps(v, e)) || added.some((a) => overlaps(a, e))) continue;
    added.push(e);
  }
  if (added.length === 0) return base;

  const scanned = text.slice(0, base.stats.chars);
  const findings = [...base.findings, ...added];
  const { risk, flagged } = computeRisk(findings.map((finding) => ({ finding, value: scanned.slice(finding.start, finding.end) })), options.flagThreshold);

  // Each verdict value keeps the placeholder kind it was redacted with; new entities get theirs.
  const kindOf = new Map<string, string>();
  for (const [placeholder, value] of Object.entries(base.placeholders.byPlaceholder)) {
    kindOf.set(value, placeholder.slice(1, placeholder.lastIndexOf('_')));
  }
  const spans: RedactionSpan[] = [
    ...values.map((f) => ({ start: f.start, end: f.end, kind: kindOf.get(scanned.slice(f.start, f.end)) ?? f.type.split('.')[1]!.toUpperCase() })),
    ...added.map((f) => ({ start: f.start, end: f.end, kind: ENTITY_PLACEHOLDERS[f.type as EntityType] })),
  ].sort((a, b) => a.start - b.start);
  const { redacted, placeholders } = redact(scanned, spans, options.placeholders ?? EMPTY_PLACEHOLDERS);
  return {
    ...base,
    findings,
    risk,
    flagged,
    redacted: redacted + text.slice(scanned.length),
    placeholders,
  };
}
