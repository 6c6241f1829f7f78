import type { Candidate, Detector, Severity } from '../../../engine/types';
import { findContext, effects, CONTEXT_BEFORE } from './context';
import { hasDigitRun } from './digit-gate';
import { scanIndexed } from './run-layouts';
import { isStandalone, STANDALONE_CONFIDENCE } from './standalone';

/**
 * A national identifier declared as data: pattern, checksum, context words. The resulting detector
 * follows one policy so all IDs read alike:
 *  - the checksum must pass (`validate`);
 *  - when `needsContext(match)` says so (typically the bare, undelimited form, which collides with
 *    order numbers and phone numbers), a context word must be near — or the value must be the
 *    whole message (lib/standalone.ts), which reports it at low severity; otherwise a context word
 *    only raises the confidence;
 *  - a word of another kind of number near a context-free match (`vetoWords`: "call", "phone"
 *    for 3-3-3 groups that are also phone numbers) drops it.
 */
export interface IdSpec {
  readonly id: string;
  readonly description: string;
  readonly validation: string;
  readonly placeholder: string;
  readonly severity?: Severity;
  /**
   * Global regex; the whole match is the finding. For speed it should open with a narrow
   * character class (a digit, a capital); letters read before that anchor go in a named group
   * `lead` inside a look-behind, and the finding then starts where `lead` starts.
   */
  readonly pattern: RegExp;
  /**
   * The longest run of consecutive digits every match holds (`\d{3}([ -]?)\d{3}\1\d{4}` holds a
   * run of 4): on a text without one the pattern is not run at all (lib/digit-gate.ts).
   */
  readonly digitRun: number;
  readonly context: readonly string[];
  readonly keywords?: readonly string[];
  readonly validate: (value: string) => boolean;
  /** Defaults to "always": identifiers without a strong checksum must have context. */
  readonly needsContext?: (value: string) => boolean;
  /** Characters before the match searched for context (labels such as "Passport No." sit close). */
  readonly contextWindow?: number;
  /** Words that veto a match without context ("call" before a SIN-shaped 3-3-3 phone number). */
  readonly vetoWords?: readonly string[];
}

/** Base confidence of a checksum-valid match; context adds `CONTEXT_BOOST`. */
const BASE = 0.65;
const CONTEXT_BOOST = 0.3;

/** Words that name a phone number: a digit group next to one is a phone, not an ID (phone.ts has the full list). */
export const PHONE_WORDS = ['phone', 'tel', 'telephone', 'mobile', 'cell', 'call', 'fax', 'whatsapp', 'sms', 'dial', 'ring', 'answering', 'voicemail'];

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
    detect: (input) => {
      if (!hasDigitRun(input, spec.digitRun)) return [];
      const { text, lower } = input;
      // At the digit runs its layout opens with, when lib/run-layouts.ts lists one. The callback is
      // inline, not a named const: tools that keep function names (tsx, esbuild `keepNames`) would
      // name a new closure on every call.
      return scanIndexed(spec.id, input, spec.pattern, (m): Candidate | null => {
        const start = m.index - (m.groups?.lead?.length ?? 0);
        const end = m.index + m[0].length;
        const value = text.slice(start, end);
        if (!spec.validate(value)) return null;
        const word = findContext(lower, start, end, spec.context, spec.contextWindow ?? CONTEXT_BEFORE);
        if (!word && spec.vetoWords && findContext(lower, start, end, spec.vetoWords)) return null;
        const alone = !word && needsContext(value) && isStandalone(text, start, end);
        if (!word && needsContext(value) && !alone) return null;
        return {
          start,
          end,
          rule: word ? 'checksum+context' : alone ? 'checksum-standalone' : 'checksum',
          baseScore: BASE,
          confidence: alone ? STANDALONE_CONFIDENCE : BASE + (word ? CONTEXT_BOOST : 0),
          context: effects(word, CONTEXT_BOOST),
          validator: { name: 'checksum', passed: true },
          ...(alone ? { severity: 'low' as const, note: 'the value is the whole message' } : {}),
        };
      });
    },
  };
}

/** True when the value has no separator at all (the ambiguous bare form). */
export const isBare = (value: string): boolean => /^[0-9A-Za-z]+$/.test(value);
