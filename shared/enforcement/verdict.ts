/**
 * The verdict on one text, as it crosses from the worker to the content script: enough to decide,
 * explain and redact, but never the raw matched values (only masked excerpts).
 */
import type { Category, ScanResult, Severity } from '../engine/types';
import type { EnforcementConfig } from './config';
import { decide, type EnforcementAction } from './decide';

export interface VerdictFinding {
  readonly type: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  /** Masked start of the matched value, e.g. `AKIA••••••••`. */
  readonly excerpt: string;
}

export interface Verdict {
  readonly flagged: boolean;
  /** 0–100. */
  readonly risk: number;
  readonly action: EnforcementAction;
  readonly findings: readonly VerdictFinding[];
  /**
   * The text with every redactable finding replaced by a placeholder — unless `capped`: then
   * values past the budget are still in it, and it must never be sent as redacted.
   */
  readonly redacted: string;
  /** Part of the text was never checked (see `scanWasCapped`); present only then (see `decide`). */
  readonly capped?: true;
}

/** Finding type and how often it occurs: all the event store keeps about findings. */
export interface FindingCount {
  readonly type: string;
  readonly count: number;
}

/** Never more than this many mask characters, so an excerpt does not reveal a value's length. */
const MASK_WIDTH = 8;
const MASK = '•';

/**
 * Shows just enough of a value for the user to recognise it (a key's public prefix, the start of
 * an e-mail) and never the part that makes it sensitive.
 */
export function maskExcerpt(value: string): string {
  const visible = value.length >= 16 ? 4 : value.length >= 8 ? 2 : 1;
  return value.slice(0, visible) + MASK.repeat(MASK_WIDTH);
}

/**
 * Whether part of the text went unchecked in a way that matters: a detector that can report above
 * `low` stopped at its findings budget (`stats.valuesCapped`), or the text was
 * longer than `maxScanChars` and its tail was never read. Either way the redacted text may still
 * carry values and the finding counts are a lower bound.
 */
export function scanWasCapped(result: ScanResult): boolean {
  return result.stats.valuesCapped > 0 || result.stats.truncated;
}

export function toVerdict(result: ScanResult, text: string, config: EnforcementConfig): Verdict {
  const findings = result.findings.map((f) => ({
    type: f.type,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    excerpt: maskExcerpt(text.slice(f.start, f.end)),
  }));
  const capped = scanWasCapped(result);
  return {
    flagged: result.flagged,
    risk: result.risk,
    action: decide({ flagged: result.flagged, findings, capped }, config),
    findings,
    redacted: result.redacted,
    ...(capped ? { capped: true as const } : {}),
  };
}

/**
 * Whether `verdict.redacted` may stand in for `text`: it changes something, and it is complete.
 * A capped verdict's scan stopped at a findings budget, so its redacted text can still hold values
 * nobody read; `decide` turns its `redact` into `block`, but a fail-closed verdict (decided on the
 * page's fast layer alone) and the warn dialog's "Redact and …" choice must check it here.
 */
export const canRedact = (verdict: Pick<Verdict, 'redacted' | 'capped'>, text: string): boolean =>
  verdict.capped !== true && verdict.redacted !== text;

export function countFindings(findings: readonly { readonly type: string }[]): FindingCount[] {
  const counts = new Map<string, number>();
  for (const { type } of findings) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => a.type.localeCompare(b.type));
}
