import type { Candidate, Detector, Severity } from '../../../engine/types';
import { findContext, effects, CONTEXT_BEFORE } from './context';
import { scanRegex } from './regex-scan';

/**
 * A national identifier declared as data: pattern, checksum, context words. The resulting detector
 * follows one policy so all IDs read alike:
 *  - the checksum must pass (`validate`);
 *  - when `needsContext(match)` says so (typically the bare, undelimited form, which collides with
 *    order numbers and phone numbers), a context word must be near; otherwise a context word only
 *    raises the confidence.
 */
export interface IdSpec {
  readonly id: string;
  readonly description: string;
  readonly validation: string;
  readonly placeholder: string;
  readonly severity?: Severity;
  /** Global regex; the whole match is the finding. */
  readonly pattern: RegExp;
  readonly context: readonly string[];
  readonly keywords?: readonly string[];
  readonly validate: (value: string) => boolean;
  /** Defaults to "always": identifiers without a strong checksum must have context. */
  readonly needsContext?: (value: string) => boolean;
  /** Characters before the match searched for context (labels such as "Passport No." sit close). */
  readonly contextWindow?: number;
}

/** Base confidence of a checksum-valid match; context adds `CONTEXT_BOOST`. */
const BASE = 0.65;
const CONTEXT_BOOST = 0.3;

export function defineId(spec: IdSpec): Detector {
  const needsContext = spec.needsContext ?? (() => true);
  return {
    id: spec.id,
    category: 'pii',
    description: spec.description,
    validation: spec.validation,
    severity: spec.severity ?? 'high',
    placeholder: spec.placeholder,
    ...(spec.keywords ? { keywords: spec.keywords } : {}),
    detect: ({ text, lower }) =>
      scanRegex(spec.pattern, text, (m): Candidate | null => {
        const value = m[0];
        if (!spec.validate(value)) return null;
        const end = m.index + value.length;
        const word = findContext(lower, m.index, end, spec.context, spec.contextWindow ?? CONTEXT_BEFORE);
        if (!word && needsContext(value)) return null;
        return {
          start: m.index,
          end,
          rule: word ? 'checksum+context' : 'checksum',
          baseScore: BASE,
          confidence: BASE + (word ? CONTEXT_BOOST : 0),
          context: effects(word, CONTEXT_BOOST),
          validator: { name: 'checksum', passed: true },
        };
      }),
  };
}

/** True when the value has no separator at all (the ambiguous bare form). */
export const isBare = (value: string): boolean => /^[0-9A-Za-z]+$/.test(value);
