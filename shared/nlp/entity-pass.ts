import { normalizeForMatching, toNormalizedIndex } from '../engine/normalize';
import type { Finding } from '../engine/types';
import { entityDetectors } from './entity-detectors';
import { scanEntityFindings, type EntityScanOptions } from './entity-scan';
import { lexicon } from './lexicon';
import { PassClock, type Clock, type StepObserver } from './pass-clock';
import { DEFAULT_ENTITY_BUDGET, MAX_ENTITY_CHARS, withSpan, type EntityBudget, type EntityWork } from './scan-entities';
import { warmUpTagger } from './tagger';
import type { SpanLike } from './types';

/**
 * One NLP request, as the worker sends it to the NLP host: the start of the captured text, where
 * the verdict scan already found PII (to raise a nearby name's severity without re-running the
 * pattern layer) and the policy's options that decide which entity findings count.
 */
export type { EntityScanOptions } from './entity-scan';

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

/**
 * Non-ASCII characters the pass reads at most. Before any detector runs, the engine folds
 * lookalike characters and drops invisible ones (normalize.ts), and this pass maps the spans
 * through the same view: ~0.6 µs a non-ASCII character in all against ~0.01 µs for ASCII, so
 * 64 KB of full-width or Cyrillic text took 27–50 ms before the first entity step, past the whole
 * budget. 2,048 keep that near 1 ms. Prose with accents runs for tens of KB before it holds
 * that many, and the gazetteer and the tagger know English names only.
 */
export const MAX_NON_ASCII = 2048;
/** The shortest head holding MAX_NON_ASCII non-ASCII code units: one native, linear search. */
const NON_ASCII_HEAD = new RegExp(`(?:[^\\u0080-\\uffff]*[\\u0080-\\uffff]){${MAX_NON_ASCII}}`, 'y');

/** How much of `text` the pass reads: MAX_ENTITY_CHARS, or up to its MAX_NON_ASCII-th non-ASCII character. */
export function readLength(text: string): number {
  const head = text.length > MAX_ENTITY_CHARS ? text.slice(0, MAX_ENTITY_CHARS) : text;
  NON_ASCII_HEAD.lastIndex = 0;
  const m = /[\u0080-\uffff]/.test(head) ? NON_ASCII_HEAD.exec(head) : null;
  if (m === null) return head.length;
  // Never half a surrogate pair.
  const last = head.charCodeAt(m[0].length - 1);
  return last >= 0xd800 && last <= 0xdbff ? m[0].length - 1 : m[0].length;
}

/** How a pass is timed: the clock its budget runs on, and who is told each step's time (the bench). */
export interface PassTiming {
  readonly now?: Clock;
  readonly observe?: StepObserver;
}

/**
 * The budget's clock starts here, before any work on the text: normalising it, mapping the spans
 * and the engine's own work around the detectors spend the same `maxTotalMs` as the entity steps
 * (issue #4: the ceiling is per text, whatever its size). All of that reads at most
 * MAX_ENTITY_CHARS, and at most MAX_NON_ASCII non-ASCII characters (`readLength`), and is one
 * linear pass or two: the engine is asked for the entity detectors alone, on the text alone
 * (entity-scan.ts), not for its joined windows, risk and redaction.
 */
export function runEntityPass(request: EntityPassRequest, budget: EntityBudget = DEFAULT_ENTITY_BUDGET, timing: PassTiming = {}): EntityPassResult {
  const clock = PassClock.start(budget.maxTotalMs, timing.now ?? (() => performance.now()), timing.observe);
  const read = readLength(request.text);
  if (read < request.text.length) clock.limit('read', read);
  const text = request.text.slice(0, read);
  // The engine normalises the same way before calling detectors; the spans must follow.
  const view = normalizeForMatching(text);
  const spans = request.spans.map((s) => withSpan(s, toNormalizedIndex(view, s.start), toNormalizedIndex(view, s.end)));
  let work: EntityWork | null = null;
  const detectors = entityDetectors({ budget, spans: () => spans, onWork: (w) => (work = w), clock: () => clock });
  const findings = scanEntityFindings(text, view, detectors, request.options);
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
