/**
 * For rules whose matching is code rather than one regex (assignments, JWT, PEM, URIs): the rule
 * supplies `at`, which verifies one occurrence of one of its `keywords`, and this wrapper applies
 * the same template/placeholder policy as `defineSecretRule`, so every secret finding treats
 * `${VAR}` and `…EXAMPLE…` alike.
 */
import type { Candidate, DetectorInput, Severity } from '../../../engine/types';
import { PLACEHOLDER_CONFIDENCE } from './define-secret-rule';
import { memoByValue } from '../../../engine/recent-memo';
import { dummyValue, maskedValue, placeholderReason, templateReference } from './placeholder';
import { singleRuleScan, type SecretDetector, type SecretScanner } from './secret-scanner';

export interface ContextRuleSpec {
  readonly id: `secret.${string}`;
  readonly description: string;
  readonly validation: string;
  readonly severity: Severity;
  readonly placeholder: string;
  /** Lower-case anchor literals; `at` runs at each occurrence (see `SecretScanner.at`). */
  readonly keywords: readonly string[];
  readonly at: SecretScanner['at'];
  /** Skip the placeholder downgrade (e.g. PEM bodies, whose DER encoding repeats `AAAA`). */
  readonly skipPlaceholderCheck?: boolean;
}

/**
 * Context rules have no provider format to fall back on, so a masked value (`***`, `xxxx`), a
 * template or a value that calls itself fake (`not_a_real_token`) is no finding; other
 * placeholder-looking values (typed sequences, `…EXAMPLE…`) are downgraded (issue 3).
 */
export function applyPlaceholderPolicy(c: Candidate, value: string): Candidate | null {
  const note = placeholderPolicy(value);
  if (note === false) return null;
  if (!note) return c;
  return { ...c, confidence: Math.min(c.confidence, PLACEHOLDER_CONFIDENCE), severity: 'low', note };
}

/**
 * The policy's verdict on one value: `false` (no finding at all), the placeholder note, or `null` (a
 * real value). Remembered per value, so a repeated token is judged once.
 */
const placeholderPolicy = memoByValue((value: string): string | null | false =>
  templateReference(value) || maskedValue(value) || dummyValue(value) ? false : placeholderReason(value),
);

export function defineContextRule(spec: ContextRuleSpec): SecretDetector {
  const { at, skipPlaceholderCheck, keywords, ...rest } = spec;
  const scanner: SecretScanner = {
    anchors: keywords,
    at,
    ...(skipPlaceholderCheck ? {} : { keep: (input: DetectorInput, c: Candidate) => applyPlaceholderPolicy(c, input.text.slice(c.start, c.end)) }),
  };
  return { ...rest, keywords, category: 'secret', scanner, detect: singleRuleScan(scanner) };
}
