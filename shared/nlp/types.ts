import type { Candidate, Severity } from '../engine/types';

export const ENTITY_TYPES = ['pii.person', 'pii.organization', 'pii.location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A `Candidate` plus the finding type it belongs to (one NLP pass yields all three types). */
export interface EntityCandidate extends Candidate {
  readonly type: EntityType;
  readonly severity: Severity;
}

/** Where other (fast-tier) PII sits, to raise a nearby name's severity. */
export interface SpanLike {
  readonly start: number;
  readonly end: number;
  readonly severity?: Severity;
}
