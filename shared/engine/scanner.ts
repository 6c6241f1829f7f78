import type { Candidate, Detector, DetectorInput, Finding, ResolvedScanOptions, ScanOptions, ScanResult } from './types';
import { compileCustomDetectors } from '../detectors/custom/compile';
import { isEnabled, meetsMinSeverity, resolveOptions } from './options';
import { normalizeForMatching, toOriginalSpan, type NormalizedText } from './normalize';
import { crossesJoin, findJoinedWindows } from './wrap-joins';
import { resolveOverlaps, type ScoredFinding } from './overlap';
import { computeRisk } from './risk';
import { redact } from './redact';
import { compileAllowPatterns, isAllowed } from './allow-patterns';

export type DetectorSet = Readonly<Record<string, Detector>>;
export type Scan = (text: string, options?: ScanOptions) => ScanResult;

/** ASCII-only lower-casing keeps `lower` index-aligned with `text` (see lowerAligned). */
const lowerAligned = (text: string): string => {
  const lower = text.toLowerCase();
  // toLowerCase changes the length only for U+0130 (folded away in normalize) — guard anyway.
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
};

/**
 * Builds a scanner over a detector set: the full registry in the worker and the CLI, the fast tier
 * in the content script. The scanner holds no mutable state; every call is independent.
 */
export function createScanner(detectors: DetectorSet): Scan {
  const list = Object.values(detectors);
  // Prefilter literals are declared lower-case; lower them once more so a slip cannot disable a rule.
  const keywords = new Map(list.map((d) => [d, d.keywords?.map((k) => k.toLowerCase())] as const));

  return function scan(text: string, options: ScanOptions = {}): ScanResult {
    const startedAt = globalThis.performance.now();
    const resolved = resolveOptions(options);
    const input = typeof text === 'string' ? text : '';
    const truncated = input.length > resolved.budgets.maxScanChars;
    const scanned = truncated ? input.slice(0, resolved.budgets.maxScanChars) : input;
    const errors: string[] = [];

    const custom = compileCustomDetectors(resolved.customDetectors);
    for (const e of custom.errors) errors.push(`custom.${e.id}: ${e.message}`);
    const active = [...list, ...custom.detectors].filter((d) => isEnabled(d, resolved));
    const allow = compileAllowPatterns(resolved.allowPatterns, errors);

    const view = normalizeForMatching(scanned);
    const windows = findJoinedWindows(view.text);
    const detectorInput: DetectorInput = { text: view.text, lower: lowerAligned(view.text), options: resolved };
    const windowInputs = windows.map((w) => ({ window: w, input: { text: w.text, lower: lowerAligned(w.text), options: resolved } }));

    const scored: ScoredFinding[] = [];
    let detectorsRun = 0;
    let findingsCapped = 0;
    for (const detector of active) {
      const prefilter = keywords.get(detector);
      const passes = (lower: string): boolean => prefilter === undefined || prefilter.some((k) => lower.includes(k));
      const spans: Array<readonly [Candidate, number, number]> = [];
      if (passes(detectorInput.lower)) {
        detectorsRun++;
        for (const c of runDetector(detector, detectorInput, errors)) spans.push([c, c.start, c.end]);
      }
      for (const { window, input: windowInput } of windowInputs) {
        if (!passes(windowInput.lower)) continue;
        for (const c of runDetector(detector, windowInput, errors)) {
          // Outside a join the main pass already saw the same characters.
          if (!crossesJoin(window, c.start, c.end)) continue;
          spans.push([c, window.toSource[c.start] ?? 0, (window.toSource[c.end - 1] ?? 0) + 1]);
        }
      }
      const budget = resolved.budgets.maxFindingsPerDetector;
      if (spans.length > budget) findingsCapped += spans.length - budget;
      for (const [candidate, start, end] of spans.slice(0, budget)) {
        const item = toScored(detector, candidate, start, end, view, resolved);
        if (item !== null && !isAllowed(item.finding, scanned.slice(item.finding.start, item.finding.end), allow)) scored.push(item);
      }
    }

    const kept = resolveOverlaps(scored);
    const findings = kept.map((k) => k.finding);
    const { risk, flagged } = computeRisk(
      findings.map((finding) => ({ finding, value: scanned.slice(finding.start, finding.end) })),
      resolved.flagThreshold,
    );
    const valueSpans = kept.flatMap((k) => (k.placeholder === null ? [] : [{ start: k.finding.start, end: k.finding.end, kind: k.placeholder }]));
    const { redacted, placeholders } = redact(scanned, valueSpans, resolved.placeholders);

    return {
      findings,
      risk,
      flagged,
      // The unscanned tail is passed through unchanged; stats.truncated tells the caller.
      redacted: truncated ? redacted + input.slice(scanned.length) : redacted,
      placeholders,
      stats: {
        chars: scanned.length,
        durationMs: globalThis.performance.now() - startedAt,
        detectorsRun,
        truncated,
        findingsCapped,
        errors,
      },
    };
  };
}

/** A detector that throws must not take the others down with it (nor the page). */
function runDetector(detector: Detector, input: DetectorInput, errors: string[]): readonly Candidate[] {
  try {
    return detector.detect(input);
  } catch (error) {
    errors.push(`${detector.id}: threw ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
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
    explanation: {
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
