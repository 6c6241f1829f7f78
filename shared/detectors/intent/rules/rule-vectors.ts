/**
 * Vectors of one rule module (`<module>.rule-vectors.ts`), checked through the whole engine by
 * rule-vectors.test.ts: normalisation, the quoting check and the risk formula all apply, so a
 * positive must be *flagged*, not only matched. Not `*.vectors.ts`: that name is for detector
 * vectors keyed by detector id (shared/detectors/vectors.ts lists them).
 */
export interface RuleVectors {
  /** [rule id, prompt]: flagged, with an intent finding from that rule. */
  readonly positive: readonly (readonly [string, string])[];
  /** Look-alikes that must get no intent finding at all. */
  readonly negative: readonly string[];
}
