import type { Candidate, Candidates, Detector, DetectorInput, Finding, ResolvedScanOptions } from './types';
import { meetsMinSeverity } from './options';
import { toOriginalSpan, type NormalizedText } from './normalize';
import { crossesJoin, type JoinedWindow } from './wrap-joins';
import type { ScoredFinding } from './overlap';

/** A detector and its keyword prefilter. */
export interface Entry {
  readonly detector: Detector;
  /**
   * Its keywords as one alternation (`passport|passeport|…`), `null` when it has none and always
   * runs. One native regex search per detector stops at the first keyword of any kind; measured
   * ~2× faster on a 1 MB paste than an `includes` per keyword (each miss is a full scan) and than
   * a JavaScript pass over the text for all keywords at once (V8's scans are ~8× faster per char).
   */
  readonly prefilter: RegExp | null;
}

/** One text the detectors run on: the whole (normalised) text or one joined window. */
export interface Pass {
  readonly input: DetectorInput;
  readonly window: JoinedWindow | null;
}

/** What one scan's detectors found and counted, and what a candidate needs to become a finding. */
export interface Dispatch {
  readonly view: NormalizedText;
  readonly options: ResolvedScanOptions;
  /** The policy's allow patterns, `null` when it has none. */
  readonly allowed: ((finding: Finding, value: string) => boolean) | null;
  /** The scanned part of the original text (allow patterns read values from it). */
  readonly scanned: string;
  readonly errors: string[];
  readonly scored: ScoredFinding[];
  detectorsRun: number;
  findingsCapped: number;
  valuesCapped: number;
}

/**
 * Runs every entry on every pass, detector by detector, and collects its candidates into
 * `d.scored`. Its own function, apart from `scan`, and with the candidate work apart again: each
 * stays small enough for V8 to optimise in a few milliseconds and keeps its code when another one
 * meets a new shape. As one function it took ~0.3–0.9 s of the optimiser's time on a loaded
 * machine (--trace-opt), was thrown away whole on any new shape, and a scanner's first 1,000
 * prompts ran unoptimised meanwhile (issue #4: the engine's fixed cost per 1 KB prompt).
 */
export function dispatch(entries: readonly Entry[], passes: readonly Pass[], d: Dispatch): void {
  for (let e = 0; e < entries.length; e++) {
    const { detector, prefilter } = entries[e]!;
    let kept = 0;
    for (let p = 0; p < passes.length; p++) {
      const { input, window } = passes[p]!;
      if (prefilter !== null && !prefilter.test(input.lower)) continue;
      if (window === null) d.detectorsRun++;
      const found = runDetector(detector, input, d.errors);
      // The detector stopped reading at its own cap: how many it left unread is unknown.
      if (found.capped === true) countCapped(d, detector);
      if (found.length > 0) kept = collect(d, detector, found, window, kept);
    }
  }
}

/** A detector that throws must not take the others down with it (nor the page). */
function runDetector(detector: Detector, input: DetectorInput, errors: string[]): Candidates {
  try {
    return detector.detect(input);
  } catch (error) {
    errors.push(`${detector.id}: threw ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

/** Turns one pass's candidates into scored findings; returns the detector's new `kept` count. */
function collect(d: Dispatch, detector: Detector, found: Candidates, window: JoinedWindow | null, kept: number): number {
  const budget = d.options.budgets.maxFindingsPerDetector;
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    let start = c.start;
    let end = c.end;
    if (window !== null) {
      // Outside a join the main pass already saw the same characters.
      if (!crossesJoin(window, start, end)) continue;
      start = window.toSource[start] ?? 0;
      end = (window.toSource[end - 1] ?? 0) + 1;
    }
    if (kept >= budget) {
      countCapped(d, detector);
      continue;
    }
    kept++;
    const item = toScored(detector, c, start, end, d.view, d.options);
    // The page's scans carry no allow patterns (build-flags.d.ts).
    if (item !== null && (globalThis.__CONTENT_SCRIPT__ || d.allowed === null || !d.allowed(item.finding, d.scanned.slice(item.finding.start, item.finding.end)))) d.scored.push(item);
  }
  return kept;
}

function countCapped(d: Dispatch, detector: Detector): void {
  d.findingsCapped++;
  if (capMatters(detector)) d.valuesCapped++;
}

/**
 * Whether findings a detector left unread could change what enforcement does: only one that can
 * report above `low` can (low findings alone never flag). A long document past 500 source-code
 * blocks or 200 nationality words is not treated as one nobody could check; the cost is that, when
 * something else flags it in redact mode, a few low-severity words past the cap stay in the text.
 */
function capMatters(detector: Detector): boolean {
  return detector.severity !== 'low' || (detector.maxSeverity ?? 'low') !== 'low';
}

function toScored(
  detector: Detector,
  c: Candidate,
  start: number,
  end: number,
  view: NormalizedText,
  options: ResolvedScanOptions,
): ScoredFinding | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > view.text.length) return null;
  if (!Number.isFinite(c.confidence)) return null;
  const severity = c.severity ?? detector.severity;
  if (!meetsMinSeverity(detector.category, severity, options)) return null;
  const [origStart, origEnd] = toOriginalSpan(view, start, end);
  const confidence = Math.min(1, Math.max(0, c.confidence));
  const finding: Finding = {
    type: detector.id,
    category: detector.category,
    severity,
    confidence,
    start: origStart,
    end: origEnd,
    // The page turns findings into a verdict of type, severity, span and masked excerpt (toVerdict):
    // it never reads an explanation, so its build does not assemble one per finding.
    explanation: globalThis.__CONTENT_SCRIPT__ ? { detector: detector.id, rule: '', baseScore: confidence, context: [] } : {
      detector: detector.id,
      rule: c.rule,
      baseScore: c.baseScore ?? confidence,
      context: c.context ?? [],
      ...(c.validator === undefined ? {} : { validator: c.validator }),
      ...(c.features === undefined ? {} : { features: c.features }),
      ...(c.note === undefined ? {} : { note: c.note }),
    },
  };
  return { finding, placeholder: detector.placeholder === null ? null : (c.placeholder ?? detector.placeholder) };
}
