import type { Finding, Severity } from './types';

/**
 * Content risk, 0–100.
 *
 *   weight(f)  = SEVERITY_WEIGHT[f.severity] × f.confidence            (0–95)
 *   risk       = 100 × (1 − Π (1 − weight(f) / 100))                    (noisy-OR over findings)
 *   risk       = min(risk, LOW_ONLY_RISK_CAP)   when every finding is `low`
 *   flagged    = risk ≥ threshold  and  at least one finding is medium or above
 *
 * Noisy-OR treats findings as independent pieces of evidence: more findings raise the risk with
 * diminishing returns and it can never pass 100. A value repeated in the text (the same e-mail
 * quoted five times) counts once, per type. `low` findings (pasted code, example e-mails) can
 * nudge the number but never flag on their own, whatever threshold a policy sets.
 */
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = {
  // A single low finding is noise (developers paste code all day).
  low: 10,
  // One medium (an e-mail, an INTERNAL ONLY label) stays below the default threshold of 50;
  // two confident mediums (51) or three ordinary ones cross it.
  medium: 30,
  // A high finding flags alone when its confidence is ≥ 0.72 (0.72 × 70 ≈ 50).
  high: 70,
  // A critical finding (a live-format cloud key, a private key) flags alone from confidence 0.53.
  critical: 95,
};

/** Ceiling for a text whose findings are all `low`: visible in the popup, never near a threshold. */
export const LOW_ONLY_RISK_CAP = 20;

export interface RiskInput {
  readonly finding: Finding;
  /** The matched original text, used only to count repeated values once. */
  readonly value: string;
}

export function computeRisk(items: readonly RiskInput[], threshold: number): { risk: number; flagged: boolean } {
  // Values seen, per type: hashing a value reads it once, where a `type + value` key was a copy of
  // it first (a pasted file's code blocks are most of its text).
  const seen = new Map<string, Set<string>>();
  let keep = 1;
  let anyAboveLow = false;
  // Indexed, not for…of: the scanner passes `[].map(…)` (PACKED_SMI elements) when nothing was
  // found and an object array otherwise, and for…of over both, inlined into the scanner, made V8
  // deoptimise the optimised scan on nearly every call for its first ~1,200 scans (--trace-deopt:
  // "wrong map" in computeRisk); a service worker that restarts often never got past that phase.
  for (let i = 0; i < items.length; i++) {
    const { finding, value } = items[i]!;
    let values = seen.get(finding.type);
    if (values === undefined) seen.set(finding.type, (values = new Set()));
    else if (values.has(value)) continue;
    values.add(value);
    if (finding.severity !== 'low') anyAboveLow = true;
    keep *= 1 - (SEVERITY_WEIGHT[finding.severity] * finding.confidence) / 100;
  }
  let risk = Math.round(100 * (1 - keep));
  if (!anyAboveLow) risk = Math.min(risk, LOW_ONLY_RISK_CAP);
  return { risk, flagged: anyAboveLow && risk >= threshold };
}
