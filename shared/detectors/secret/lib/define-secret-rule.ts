/**
 * Turns a secret rule written as data (gitleaks-style: id, keywords, anchored regexes, a small
 * validator, vectors) into an engine `Detector`. Every rule file in `../rules` goes through here,
 * so confidence, placeholder handling and explanations behave the same for all 60+ providers.
 */
import type { Candidate, ContextEffect, Detector, DetectorInput, PositiveVector, Severity, ValidatorResult } from '../../../engine/types';
import { maskedValue, placeholderReason, templateReference } from './placeholder';

/**
 * What a validator says about one matched value:
 * - `null`: the value fails the provider's format → no finding at all;
 * - `{ passed: true }`: a checksum/structure check confirmed it → confidence up;
 * - `{ passed: false }`: shape matches but a check failed → confidence down, still reported.
 */
export type SecretValidator = (value: string, input: DetectorInput, start: number) => ValidatorResult | null;

export interface SecretPattern {
  /** Sub-rule id shown in the explanation (e.g. `classic-pat`). */
  readonly rule: string;
  /**
   * Global regex anchored on a literal prefix or keyword. The finding covers the named group `s`
   * (the regex then needs the `d` flag) or else the whole match.
   */
  readonly regex: RegExp;
  readonly severity?: Severity;
  readonly placeholder?: string;
  /** Confidence of a bare format match (default: the rule's). */
  readonly confidence?: number;
  readonly validate?: SecretValidator;
  /** Confidence lost when the validator fails (default `VALIDATOR_FAIL_PENALTY`; 0 for optional checksums). */
  readonly failPenalty?: number;
  /** Skip the placeholder downgrade for values whose encoding naturally repeats (DER, PEM). */
  readonly skipPlaceholderCheck?: boolean;
  /**
   * Require a non-word character (or start of text) before the span, so `xtskey-…` does not match
   * `tskey-…`. Checked in code rather than with a look-behind so the regex starts on its literal.
   */
  readonly leftBoundary?: boolean;
}

export interface SecretRuleSpec {
  readonly id: `secret.${string}`;
  readonly description: string;
  readonly validation: string;
  readonly severity: Severity;
  readonly placeholder: string;
  /** Lower-case literals; the engine only runs the rule when one occurs in the text. */
  readonly keywords: readonly string[];
  readonly patterns: readonly SecretPattern[];
  /** Default base confidence for a format match. */
  readonly confidence?: number;
  /** Words within `CONTEXT_WINDOW` chars before a match that raise confidence (`+CONTEXT_BOOST`). */
  readonly contextWords?: readonly string[];
  readonly vectors: { readonly positive: readonly PositiveVector[]; readonly negative: readonly string[] };
}

/** Default confidence of a provider-format match without a checksum: prefixes make these precise. */
export const DEFAULT_CONFIDENCE = 0.8;
/** Validator outcomes move confidence by these amounts. */
export const VALIDATOR_PASS_BOOST = 0.15;
export const VALIDATOR_FAIL_PENALTY = 0.3;
/** Placeholder-looking values are kept but capped here (issue 3: "≤ 0.3 and a note"). */
export const PLACEHOLDER_CONFIDENCE = 0.25;
/** How far back (chars) context words are looked for; about one config line. */
export const CONTEXT_WINDOW = 64;
export const CONTEXT_BOOST = 0.1;
const WORD_CHAR = /[A-Za-z0-9_]/;

/** Builds the candidate for one value: validation, placeholder downgrade, context words. */
export function scoreCandidate(
  input: DetectorInput,
  start: number,
  end: number,
  pattern: SecretPattern,
  spec: Pick<SecretRuleSpec, 'confidence' | 'contextWords'>,
): Candidate | null {
  const value = input.text.slice(start, end);
  if (templateReference(value) || maskedValue(value)) return null;
  const validator = pattern.validate ? pattern.validate(value, input, start) : undefined;
  if (validator === null) return null;
  const base = pattern.confidence ?? spec.confidence ?? DEFAULT_CONFIDENCE;
  let confidence = base;
  if (validator) confidence += validator.passed ? VALIDATOR_PASS_BOOST : -(pattern.failPenalty ?? VALIDATOR_FAIL_PENALTY);
  const context: ContextEffect[] = [];
  if (spec.contextWords) {
    const before = input.lower.slice(Math.max(0, start - CONTEXT_WINDOW), start);
    const word = spec.contextWords.find((w) => before.includes(w));
    if (word) {
      context.push({ word, delta: CONTEXT_BOOST });
      confidence += CONTEXT_BOOST;
    }
  }
  const note = pattern.skipPlaceholderCheck ? null : placeholderReason(value);
  let severity = pattern.severity;
  if (note) {
    confidence = Math.min(confidence, PLACEHOLDER_CONFIDENCE);
    // A made-up value is not a live credential: keep it visible, but never as a blocking alert.
    severity = 'low';
  }
  return {
    start,
    end,
    rule: pattern.rule,
    confidence: Math.max(0, Math.min(1, confidence)),
    baseScore: base,
    ...(severity ? { severity } : {}),
    ...(context.length ? { context } : {}),
    ...(validator ? { validator } : {}),
    ...(note ? { note } : {}),
    ...(pattern.placeholder ? { placeholder: pattern.placeholder } : {}),
  };
}

/** Runs one global regex over the text, yielding the span of group `s` or of the whole match. */
export function* matchSpans(regex: RegExp, text: string): Generator<[number, number]> {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const group = m.indices?.groups?.s;
    if (group) yield [group[0], group[1]];
    else if (!m.groups || m.groups.s === undefined) yield [m.index, m.index + m[0].length];
  }
}

export function defineSecretRule(spec: SecretRuleSpec): Detector {
  for (const p of spec.patterns) {
    if (!p.regex.global) throw new Error(`${spec.id}/${p.rule}: regex must be global`);
  }
  return {
    id: spec.id,
    category: 'secret',
    description: spec.description,
    validation: spec.validation,
    severity: spec.severity,
    placeholder: spec.placeholder,
    keywords: spec.keywords,
    vectors: spec.vectors,
    detect(input: DetectorInput): readonly Candidate[] {
      const out: Candidate[] = [];
      for (const pattern of spec.patterns) {
        for (const [start, end] of matchSpans(pattern.regex, input.text)) {
          if (pattern.leftBoundary !== false && start > 0 && WORD_CHAR.test(input.text[start - 1] ?? '')) continue;
          const c = scoreCandidate(input, start, end, pattern, spec);
          if (c) out.push(c);
        }
      }
      return out;
    },
  };
}
