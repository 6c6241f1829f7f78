import type { Candidate, Candidates, Detector, DetectorInput, Finding, ResolvedScanOptions, ScanOptions, ScanResult } from './types';
import { isEnabled, meetsMinSeverity, resolveOptions } from './options';
import { normalizeForMatching, toOriginalSpan, type NormalizedText } from './normalize';
import { crossesJoin, findJoinedWindows, type JoinedWindow } from './wrap-joins';
import { resolveOverlaps, type ScoredFinding } from './overlap';
import { computeRisk } from './risk';
import { redact } from './redact';

export type DetectorSet = Readonly<Record<string, Detector>>;
export type Scan = (text: string, options?: ScanOptions) => ScanResult;

/**
 * What a scanner does with the policy's own rules. The worker and the CLI get both (scanner.ts);
 * the content script's tier leaves them out — its scans never carry custom detectors or allow
 * patterns — so their compilers and the regex screen stay out of its bundle.
 */
export interface PolicyRules {
  /** Compiles `options.customDetectors` (detectors/custom/compile.ts). */
  readonly custom?: (specs: ResolvedScanOptions['customDetectors'], errors: string[]) => readonly Detector[];
  /** Compiles `options.allowPatterns`; the result says whether a finding's value is allowed. */
  readonly allow?: (patterns: ResolvedScanOptions['allowPatterns'], errors: string[]) => ((finding: Finding, value: string) => boolean) | null;
}

/** ASCII-only lower-casing keeps `lower` index-aligned with `text` (see lowerAligned). */
const lowerAligned = (text: string): string => {
  const lower = text.toLowerCase();
  // toLowerCase changes the length only for U+0130 (folded away in normalize) — guard anyway.
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
};

/** A detector and its keyword prefilter. */
interface Entry {
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
interface Pass {
  readonly input: DetectorInput;
  readonly window: JoinedWindow | null;
}

/**
 * A module-level function rather than a closure inside `scan`: tools that keep function names
 * (tsx, esbuild `keepNames`) would otherwise define a `name` property on a new closure per scan.
 */
function makePass(text: string, window: JoinedWindow | null, options: ResolvedScanOptions): Pass {
  return { input: { text, lower: lowerAligned(text), options }, window };
}

const escapeRegex = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Prefilter literals are declared lower-case; lower them once more so a slip cannot disable a rule. */
function prefilterOf(d: Detector): RegExp | null {
  if (d.keywords === undefined) return null;
  // No keyword at all means no text can pass, as with `[].some(…)`.
  return d.keywords.length === 0 ? /(?!)/ : new RegExp(d.keywords.map((k) => escapeRegex(k.toLowerCase())).join('|'));
}

/**
 * Builds a scanner over a detector set with the given policy rules. The scanner holds no mutable
 * state; every call is independent. Per scan the engine's own work is: normalise (one native
 * search for ASCII text), find wrapped tokens, lower-case once, one keyword search per detector
 * with a prefilter, then overlap resolution, risk and redaction over the findings only.
 */
export function createScannerWith(detectors: DetectorSet, rules: PolicyRules): Scan {
  const entries: Entry[] = Object.values(detectors).map((detector) => ({ detector, prefilter: prefilterOf(detector) }));

  return function scan(text: string, options: ScanOptions = {}): ScanResult {
    const startedAt = globalThis.performance.now();
    const resolved = resolveOptions(options);
    const input = typeof text === 'string' ? text : '';
    const truncated = input.length > resolved.budgets.maxScanChars;
    const scanned = truncated ? input.slice(0, resolved.budgets.maxScanChars) : input;
    const errors: string[] = [];

    // The page's scans carry no filters, custom detectors or allow patterns: its build drops them
    // (build-flags.d.ts; spelled out at each use so the minifier folds it).
    const custom = globalThis.__CONTENT_SCRIPT__ ? [] : customEntries(resolved, rules, errors);
    const active = globalThis.__CONTENT_SCRIPT__ ? entries : enabledEntries(entries, resolved, custom);
    const allowed = globalThis.__CONTENT_SCRIPT__ || resolved.allowPatterns.length === 0 ? null : policyAllow(rules, resolved, errors);

    const view = normalizeForMatching(scanned);
    const passes: Pass[] = [makePass(view.text, null, resolved)];
    for (const w of findJoinedWindows(view.text)) passes.push(makePass(w.text, w, resolved));

    const scored: ScoredFinding[] = [];
    let detectorsRun = 0;
    let findingsCapped = 0;
    let valuesCapped = 0;
    const budget = resolved.budgets.maxFindingsPerDetector;
    for (const { detector, prefilter } of active) {
      let kept = 0;
      for (const p of passes) {
        if (prefilter !== null && !prefilter.test(p.input.lower)) continue;
        if (p.window === null) detectorsRun++;
        const found = runDetector(detector, p.input, errors);
        // The detector stopped reading at its own cap: how many it left unread is unknown.
        if (found.capped === true) {
          findingsCapped++;
          if (capMatters(detector)) valuesCapped++;
        }
        for (const c of found) {
          let start = c.start;
          let end = c.end;
          if (p.window !== null) {
            // Outside a join the main pass already saw the same characters.
            if (!crossesJoin(p.window, start, end)) continue;
            start = p.window.toSource[start] ?? 0;
            end = (p.window.toSource[end - 1] ?? 0) + 1;
          }
          if (kept >= budget) {
            findingsCapped++;
            if (capMatters(detector)) valuesCapped++;
            continue;
          }
          kept++;
          const item = toScored(detector, c, start, end, view, resolved);
          if (item !== null && (allowed === null || !allowed(item.finding, scanned.slice(item.finding.start, item.finding.end)))) scored.push(item);
        }
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
        valuesCapped,
        errors,
      },
    };
  };
}

/**
 * The policy's custom detectors, compiled for this scan. They run without a prefilter: their
 * keywords are part of their own whole-word regex (detectors/custom/compile.ts).
 */
function customEntries(options: ResolvedScanOptions, rules: PolicyRules, errors: string[]): readonly Detector[] {
  if (options.customDetectors.length === 0) return [];
  if (rules.custom === undefined) {
    errors.push('customDetectors: not supported by this scanner tier');
    return [];
  }
  return rules.custom(options.customDetectors, errors);
}

/** Registered detectors the options enable, plus the enabled custom ones. */
function enabledEntries(entries: readonly Entry[], options: ResolvedScanOptions, custom: readonly Detector[]): readonly Entry[] {
  const filtered = options.enabledDetectors !== null || options.disabledDetectors.length > 0 || Object.keys(options.categories).length > 0;
  const active = filtered ? entries.filter((e) => isEnabled(e.detector, options)) : entries;
  if (custom.length === 0) return active;
  const more = custom.filter((d) => isEnabled(d, options)).map((detector) => ({ detector, prefilter: null }));
  return [...active, ...more];
}

function policyAllow(rules: PolicyRules, options: ResolvedScanOptions, errors: string[]): ((finding: Finding, value: string) => boolean) | null {
  if (rules.allow === undefined) {
    errors.push('allowPatterns: not supported by this scanner tier');
    return null;
  }
  return rules.allow(options.allowPatterns, errors);
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

/** A detector that throws must not take the others down with it (nor the page). */
function runDetector(detector: Detector, input: DetectorInput, errors: string[]): Candidates {
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
