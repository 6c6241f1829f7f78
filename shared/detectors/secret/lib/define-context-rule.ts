/**
 * For rules whose matching is code rather than one regex (assignments, JWT, PEM, URIs): the rule
 * supplies `find`, this wrapper applies the same template/placeholder policy as
 * `defineSecretRule`, so every secret finding treats `${VAR}` and `…EXAMPLE…` alike.
 */
import type { Candidate, Detector, DetectorInput, PositiveVector, Severity } from '../../../engine/types';
import { PLACEHOLDER_CONFIDENCE } from './define-secret-rule';
import { maskedValue, placeholderReason, templateReference } from './placeholder';

export interface ContextRuleSpec {
  readonly id: `secret.${string}`;
  readonly description: string;
  readonly validation: string;
  readonly severity: Severity;
  readonly placeholder: string;
  readonly keywords: readonly string[];
  readonly find: (input: DetectorInput) => readonly Candidate[];
  /** Skip the placeholder downgrade (e.g. PEM bodies, whose DER encoding repeats `AAAA`). */
  readonly skipPlaceholderCheck?: boolean;
  readonly vectors: { readonly positive: readonly PositiveVector[]; readonly negative: readonly string[] };
}

/** Drops template references and downgrades placeholder-looking values (issue 3). */
export function applyPlaceholderPolicy(c: Candidate, value: string): Candidate | null {
  if (templateReference(value) || maskedValue(value)) return null;
  const note = placeholderReason(value);
  if (!note) return c;
  return { ...c, confidence: Math.min(c.confidence, PLACEHOLDER_CONFIDENCE), severity: 'low', note };
}

export function defineContextRule(spec: ContextRuleSpec): Detector {
  const { find, skipPlaceholderCheck, ...rest } = spec;
  return {
    ...rest,
    category: 'secret',
    detect(input: DetectorInput): readonly Candidate[] {
      const out: Candidate[] = [];
      for (const c of find(input)) {
        const kept = skipPlaceholderCheck ? c : applyPlaceholderPolicy(c, input.text.slice(c.start, c.end));
        if (kept) out.push(kept);
      }
      return out;
    },
  };
}
