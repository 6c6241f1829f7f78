import { createScanner } from '../engine/scanner';
import { normalizeForMatching, type NormalizedText } from '../engine/normalize';
import type { Finding, ScanOptions } from '../engine/types';
import { entityDetectors } from './entity-detectors';
import { DEFAULT_ENTITY_BUDGET, MAX_ENTITY_CHARS, type EntityBudget, type EntityWork } from './scan-entities';
import type { SpanLike } from './types';

/**
 * One NLP request, as the worker sends it to the NLP host: the start of the captured text, where
 * the verdict scan already found PII (to raise a nearby name's severity without re-running the
 * pattern layer) and the policy's options that decide which entity findings count.
 */
export type EntityScanOptions = Pick<ScanOptions, 'enabledDetectors' | 'disabledDetectors' | 'categories' | 'allowPatterns'>;

export interface EntityPassRequest {
  /** At most MAX_ENTITY_CHARS characters: the pass reads no further. */
  readonly text: string;
  /** Offsets in `text`, as the engine reports them. */
  readonly spans: readonly SpanLike[];
  readonly options: EntityScanOptions;
}

export interface EntityPassResult {
  /** Entity findings in offsets of `text`, through the engine (options, allow patterns, explanation). */
  readonly findings: readonly Finding[];
  /** What the budgeted pass did; `null` when the policy disabled every entity detector. */
  readonly work: EntityWork | null;
}

/** Original offset → index in the normalised text (first normalised index at or after it). */
function toNormalized(view: NormalizedText, offset: number): number {
  const map = view.toOriginal;
  if (map === null) return offset;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function runEntityPass(request: EntityPassRequest, budget: EntityBudget = DEFAULT_ENTITY_BUDGET): EntityPassResult {
  const text = request.text.slice(0, MAX_ENTITY_CHARS);
  // The engine normalises the same way before calling detectors; the spans must follow.
  const view = normalizeForMatching(text);
  const spans = request.spans.map((s) => ({ ...s, start: toNormalized(view, s.start), end: toNormalized(view, s.end) }));
  let work: EntityWork | null = null;
  const scan = createScanner(entityDetectors({ budget, spans: () => spans, onlyText: view.text, onWork: (w) => (work = w) }));
  const { findings } = scan(text, request.options);
  return { findings, work };
}
