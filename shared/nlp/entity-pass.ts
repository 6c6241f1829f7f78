import { createScanner } from '../engine/scanner';
import { normalizeForMatching, type NormalizedText } from '../engine/normalize';
import type { Finding, ScanOptions } from '../engine/types';
import { entityDetectors } from './entity-detectors';
import { lexicon } from './lexicon';
import { PassClock, type Clock, type StepObserver } from './pass-clock';
import { DEFAULT_ENTITY_BUDGET, MAX_ENTITY_CHARS, type EntityBudget, type EntityWork } from './scan-entities';
import { warmUpTagger } from './tagger';
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

/** How a pass is timed: the clock its budget runs on, and who is told each step's time (the bench). */
export interface PassTiming {
  readonly now?: Clock;
  readonly observe?: StepObserver;
}

/**
 * The budget's clock starts here, before any work on the text: normalising it, mapping the spans
 * and the engine's own pass over it spend the same `maxTotalMs` as the entity steps (issue #4:
 * the ceiling is per text, whatever its size). All of that reads at most MAX_ENTITY_CHARS.
 */
export function runEntityPass(request: EntityPassRequest, budget: EntityBudget = DEFAULT_ENTITY_BUDGET, timing: PassTiming = {}): EntityPassResult {
  const clock = PassClock.start(budget.maxTotalMs, timing.now ?? (() => performance.now()), timing.observe);
  const text = request.text.slice(0, MAX_ENTITY_CHARS);
  // The engine normalises the same way before calling detectors; the spans must follow.
  const view = normalizeForMatching(text);
  const spans = request.spans.map((s) => ({ ...s, start: toNormalized(view, s.start), end: toNormalized(view, s.end) }));
  let work: EntityWork | null = null;
  const scan = createScanner(entityDetectors({ budget, spans: () => spans, onlyText: view.text, onWork: (w) => (work = w), clock: () => clock }));
  const { findings } = scan(text, request.options);
  clock.lap('report');
  return { findings, work };
}

/** A made-up record that walks every stage: gazetteer names, cues, a legal form, a tagged window. */
const WARM_UP_TEXT =
  'Dear team, patient Maria Gonzalez (maria.g@example-mail.com) saw Dr. Okafor in Leeds. ' +
  'Customer Zorbanet Quillfeather met Ilse Varga near Oslo; Pellmont Tooling Inc. pays. Halvorsen agreed with Brixley.';
/**
 * Passes run at start-up, so the first real texts do not pay for cold code: unoptimised, stage 1
 * alone took longer than the per-text budget and the first texts lost their tagger windows.
 */
const WARM_UP_PASSES = 30;

/**
 * The one-off load, done once before the first request and measured apart from per-text cost:
 * the gazetteer, the tagger's model and the JIT of the whole pass. It also gives the tagger's
 * cost estimate (tag-budget.ts) its first measurements of this device.
 */
export function warmUpEntityPass(): void {
  lexicon();
  warmUpTagger();
  const email = 'maria.g@example-mail.com';
  const at = WARM_UP_TEXT.indexOf(email);
  const spans = [{ start: at, end: at + email.length, severity: 'medium' as const }];
  for (let i = 0; i < WARM_UP_PASSES; i++) runEntityPass({ text: WARM_UP_TEXT, spans, options: {} }, { maxTaggedChars: 240, gate: true });
}
