import { typeMatches } from './allow-patterns';
import type { Category, Detector, ResolvedScanOptions, ScanBudgets, ScanOptions, Severity } from './types';
import { SEVERITIES } from './types';

/**
 * Risk at or above which a prompt is flagged. With the severity weights in risk.ts this means: one
 * critical or confident high finding flags; one medium never does, two or three do; lows never do.
 */
export const DEFAULT_FLAG_THRESHOLD = 50;

export const DEFAULT_BUDGETS: ScanBudgets = {
  // 5 MB: far beyond any chat composer (ChatGPT caps a message well below 1 MB) yet bounded, so a
  // pasted log file cannot stall the page. Measured throughput makes this ~0.1 s.
  maxScanChars: 5 * 1024 * 1024,
  // Enough to redact every e-mail in a pasted mailing list; bounded so a pathological input
  // cannot produce millions of findings.
  maxFindingsPerDetector: 500,
};

export const EMPTY_PLACEHOLDERS = { byPlaceholder: {}, counters: {} } as const;

export function resolveOptions(options: ScanOptions = {}): ResolvedScanOptions {
  return {
    enabledDetectors: options.enabledDetectors ?? null,
    disabledDetectors: options.disabledDetectors ?? [],
    categories: options.categories ?? {},
    organizationNames: options.organizationNames ?? [],
    confidentialKeywords: options.confidentialKeywords ?? [],
    customDetectors: options.customDetectors ?? [],
    allowPatterns: options.allowPatterns ?? [],
    placeholders: options.placeholders ?? EMPTY_PLACEHOLDERS,
    flagThreshold: options.flagThreshold ?? DEFAULT_FLAG_THRESHOLD,
    budgets: { ...DEFAULT_BUDGETS, ...options.budgets },
  };
}

/** What a scan without options runs with: one object shared by those scans, never written. */
export const DEFAULT_OPTIONS: ResolvedScanOptions = resolveOptions();

export function isEnabled(detector: Detector, options: ResolvedScanOptions): boolean {
  if (options.categories[detector.category]?.enabled === false) return false;
  if (options.disabledDetectors.some((pattern) => typeMatches(pattern, detector.id))) return false;
  return options.enabledDetectors === null || options.enabledDetectors.includes(detector.id);
}

export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

export function meetsMinSeverity(category: Category, severity: Severity, options: ResolvedScanOptions): boolean {
  const min = options.categories[category]?.minSeverity;
  return min === undefined || severityRank(severity) >= severityRank(min);
}
