import { location, organization, person } from '../detectors/pii/entities';
import { piiFastDetectors } from '../detectors/pii/fast';
import type { Candidate, Detector, DetectorInput } from '../engine/types';
import type { PassClock } from './pass-clock';
import { scanEntitiesWithWork, type EntityBudget, type EntityWork } from './scan-entities';
import type { EntityCandidate, EntityType, SpanLike } from './types';

/**
 * The three entity detectors with the tagger switched on. The registry's own `pii.person`,
 * `pii.organization` and `pii.location` (detectors/pii/entities.ts) run stage 1 only, because they
 * sit on the synchronous path; these copies keep their id, description, severity and placeholder
 * and only change how `detect` calls `scanEntities`. They run in the NLP worker
 * (extension/lib/nlp) and in measurements, never on the verdict path.
 */
export interface EntityDetectorConfig {
  readonly budget: EntityBudget;
  /** Other PII in the input; by default the fast PII tier is run on it, as the registry does. */
  readonly spans?: (input: DetectorInput) => readonly SpanLike[];
  /**
   * Scan only this text. Run through `createScanner`, the engine also calls detectors on "join"
   * windows around wrapped tokens, and each would get its own budget (the NLP host's own scan,
   * entity-scan.ts, builds none).
   */
  readonly onlyText?: string;
  /** Receives what each pass did (the NLP host reports it with every reply). */
  readonly onWork?: (work: EntityWork) => void;
  /**
   * The pass's clock, started by the caller before the engine ran (entity-pass.ts), so that the
   * engine's own work spends the same budget; by default a budget starts when the pass does.
   */
  readonly clock?: () => PassClock;
}

export const ENTITY_DETECTOR_BASES: Readonly<Record<EntityType, Detector>> = {
  'pii.person': person,
  'pii.organization': organization,
  'pii.location': location,
};

function fastSpans(input: DetectorInput): SpanLike[] {
  return Object.values(piiFastDetectors).flatMap((d) => {
    const det = d as Detector;
    if (det.keywords && !det.keywords.some((k) => input.lower.includes(k))) return [];
    return det.detect(input).map((c) => ({ start: c.start, end: c.end, severity: c.severity ?? det.severity }));
  });
}

export function entityDetectors(config: EntityDetectorConfig): Record<EntityType, Detector> {
  // The three detectors share one pass per input object. The engine runs each detector on the
  // whole text and then on every joined window before the next detector, so a memo of the last
  // input alone re-ran the whole pass for each detector when the text had a wrapped token.
  const passes = new WeakMap<DetectorInput, ByType>();
  const entities = (input: DetectorInput): ByType => {
    if (config.onlyText !== undefined && input.text !== config.onlyText) return NONE;
    let byType = passes.get(input);
    if (byType === undefined) {
      const pass = scanEntitiesWithWork(input.text, (config.spans ?? fastSpans)(input), config.budget, config.clock?.(), input.lower);
      config.onWork?.(pass.work);
      passes.set(input, (byType = byTypeOf(pass.candidates)));
    }
    return byType;
  };
  return {
    'pii.person': withDetect(person, (input) => entities(input)['pii.person']),
    'pii.organization': withDetect(organization, (input) => entities(input)['pii.organization']),
    'pii.location': withDetect(location, (input) => entities(input)['pii.location']),
  };
}

/** One pass's candidates by type: what each of the three detectors returns. */
type ByType = Readonly<Record<EntityType, readonly Candidate[]>>;
const NONE: ByType = { 'pii.person': [], 'pii.organization': [], 'pii.location': [] };

/**
 * The candidates split by type, each passed on as it is: the engine reads a candidate's span,
 * rule, scores, context and note, never its `type` (the detector's id is the finding's type).
 * A copy without `type` (`({ type, ...c }) => c`) took ~1–2 ms of a 64 KB flood's unclocked end.
 */
function byTypeOf(candidates: readonly EntityCandidate[]): ByType {
  const out: Record<EntityType, EntityCandidate[]> = { 'pii.person': [], 'pii.organization': [], 'pii.location': [] };
  for (const c of candidates) out[c.type].push(c);
  return out;
}

/**
 * `base` with another `detect`. Copied, then assigned: on Node 20 (V8 11.3) a literal that adds
 * properties after a spread (`{ ...base, detect }`) allocates in the old generation on every call.
 */
function withDetect(base: Detector, detect: Detector['detect']): Detector {
  const d: { -readonly [K in keyof Detector]: Detector[K] } = { ...base };
  d.detect = detect;
  return d;
}
