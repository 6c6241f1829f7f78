import type { Candidate, Candidates, Detector, Severity } from '../../../engine/types';
import { findContext, effects, CONTEXT_BEFORE } from './context';
import { digitRuns, hasDigitRun } from './digit-gate';
import { scanAtRuns, scanRegex } from './regex-scan';
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
  /**
   * The lengths the first run of digits in a match can have — its first group when separators
   * follow, the whole value when bare ("130 692 544": 3, "130692544": 9). The pattern is then
   * tried only at runs of these lengths (lib/regex-scan.ts scanAtRuns), not over the whole text.
   * A length left out loses every match of that layout: lib/digit-runs.test.ts compares both
   * scans on mutated vectors.
   */
  readonly firstRuns?: readonly number[];
  /** With `firstRuns`: the fixed number of characters (letters) before that run ("S" of an NRIC). Default 0. */
  readonly lead?: number;
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
  const firstRuns = spec.firstRuns ?? [];
  // The index holds runs of two digits or more.
  if (firstRuns.some((n) => n < 2)) throw new Error(`${spec.id}: firstRuns below 2`);
  const sticky = firstRuns.length > 0 ? new RegExp(spec.pattern.source, spec.pattern.flags.replace('g', '') + 'y') : null;
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
      const runs = sticky === null ? null : digitRuns(input);
      // Inline, not a named const: tools that keep function names (tsx, esbuild `keepNames`)
      // would name a new closure on every call.
      return scanIdMatches(sticky, runs, firstRuns, spec.lead ?? 0, spec.pattern, text, (m): Candidate | null => {
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

/** At the indexed runs when the spec lists its first runs and the text has an index, else over the whole text. */
function scanIdMatches(
  sticky: RegExp | null,
  runs: Int32Array | null,
  firstRuns: readonly number[],
  lead: number,
  pattern: RegExp,
  text: string,
  toCandidate: (m: RegExpExecArray) => Candidate | null,
): Candidates {
  return sticky !== null && runs !== null ? scanAtRuns(sticky, runs, firstRuns, lead, text, toCandidate) : scanRegex(pattern, text, toCandidate);
}

/** True when the value has no separator at all (the ambiguous bare form). */
export const isBare = (value: string): boolean => /^[0-9A-Za-z]+$/.test(value);
