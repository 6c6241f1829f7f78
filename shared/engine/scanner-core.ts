import type { Detector, Finding, ResolvedScanOptions, ScanOptions, ScanResult } from './types';
import { DEFAULT_OPTIONS, isEnabled, resolveOptions } from './options';
import { normalizeForMatching } from './normalize';
import { findJoinedWindows, type JoinedWindow } from './wrap-joins';
import { resolveOverlaps } from './overlap';
import { computeRisk } from './risk';
import { redact } from './redact';
import { dispatch, type Dispatch, type Entry, type Pass } from './dispatch';
import { escapeRegex } from './escape-regex';

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
export const lowerAligned = (text: string): string => {
  const lower = text.toLowerCase();
  // toLowerCase changes the length only for U+0130 (folded away in normalize) — guard anyway.
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
};

/**
 * A module-level function rather than a closure inside `scan`: tools that keep function names
 * (tsx, esbuild `keepNames`) would otherwise define a `name` property on a new closure per scan.
 */
function makePass(text: string, window: JoinedWindow | null, options: ResolvedScanOptions): Pass {
  return { input: { text, lower: lowerAligned(text), options }, window };
}

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

  return function scan(text: string, options?: ScanOptions): ScanResult {
    const startedAt = globalThis.performance.now();
    // Most scans carry no options (the CLI, the page): their resolution is a constant.
    const resolved = options === undefined ? DEFAULT_OPTIONS : resolveOptions(options);
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
    const d: Dispatch = { view, options: resolved, allowed, scanned, errors, scored: [], detectorsRun: 0, findingsCapped: 0, valuesCapped: 0 };
    dispatch(active, passes, d);

    const kept = resolveOverlaps(d.scored);
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
        detectorsRun: d.detectorsRun,
        truncated,
        findingsCapped: d.findingsCapped,
        valuesCapped: d.valuesCapped,
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
