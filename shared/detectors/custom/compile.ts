import { markCapped } from '../../engine/candidates';
import type { Candidate, CustomDetectorSpec, Detector } from '../../engine/types';
import { SEVERITIES } from '../../engine/types';
import { unsafeRegexReason } from '../../engine/regex-safety';
import { escapeRegex } from '../../engine/escape-regex';

/**
 * Custom detectors from policy: an organisation's project code names, ticket ids, customer-number
 * formats. Specs arrive from a policy file, so every field is checked and a bad spec is reported,
 * never fatal: the other detectors keep working.
 */

export interface CustomDetectorError {
  readonly id: string;
  readonly message: string;
}

const ID = /^[a-z][a-z0-9_]{0,39}$/;
const CUSTOM_CONFIDENCE = 0.9;
/** Keywords shorter than this would match inside ordinary words. */
const MIN_KEYWORD_LENGTH = 3;

export function compileCustomDetectors(specs: readonly CustomDetectorSpec[]): {
  detectors: Detector[];
  errors: CustomDetectorError[];
} {
  const detectors: Detector[] = [];
  const errors: CustomDetectorError[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const id = String(spec.id);
    const fail = (message: string): void => void errors.push({ id, message });
    if (!ID.test(id)) fail('id must be lower snake_case, 1–40 characters');
    else if (seen.has(id)) fail('duplicate id');
    else if (!SEVERITIES.includes(spec.severity)) fail(`severity must be one of ${SEVERITIES.join(', ')}`);
    else if (spec.regex === undefined && (spec.keywords === undefined || spec.keywords.length === 0)) {
      fail('needs a regex or keywords');
    } else {
      const compiled = compileMatchers(spec);
      if (typeof compiled === 'string') fail(compiled);
      else {
        seen.add(id);
        detectors.push(toDetector(spec, id, compiled));
      }
    }
  }
  return { detectors, errors };
}

function compileMatchers(spec: CustomDetectorSpec): RegExp[] | string {
  const matchers: RegExp[] = [];
  if (spec.regex !== undefined) {
    const reason = unsafeRegexReason(spec.regex);
    if (reason !== null) return `unsafe regex: ${reason}`;
    try {
      new RegExp(spec.regex, 'u');
    } catch (error) {
      return `invalid regex: ${error instanceof Error ? error.message : String(error)}`;
    }
    // Case-sensitive as written, like the raw patterns of gitleaks or Presidio.
    matchers.push(new RegExp(spec.regex, 'gu'));
  }
  const keywords: string[] = [];
  for (const keyword of spec.keywords ?? []) {
    const trimmed = keyword.trim();
    if (trimmed.length < MIN_KEYWORD_LENGTH) return `keyword "${trimmed}" is shorter than ${MIN_KEYWORD_LENGTH} characters`;
    // Whole words only: "Falcon" must not fire inside "Falconry".
    keywords.push(escapeRegex(trimmed));
  }
  // Keywords are case-insensitive.
  if (keywords.length > 0) matchers.push(new RegExp(`(?<![\\p{L}\\p{N}_])(?:${keywords.join('|')})(?![\\p{L}\\p{N}_])`, 'giu'));
  return matchers;
}

/** Bounds the work one policy pattern can cause on a pathological prompt. */
export const MAX_MATCHES = 10_000;

function toDetector(spec: CustomDetectorSpec, id: string, matchers: readonly RegExp[]): Detector {
  const label = String(spec.label);
  return {
    id: `custom.${id}`,
    category: 'custom',
    description: label,
    validation: spec.regex === undefined ? 'policy keywords (whole words)' : 'policy regex',
    severity: spec.severity,
    placeholder: id.toUpperCase(),
    detect: ({ text }) => {
      const out: Candidate[] = [];
      for (const matcher of matchers) {
        // A fresh RegExp per scan: a shared `lastIndex` would be hidden mutable state.
        const re = new RegExp(matcher.source, matcher.flags);
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          if (out.length === MAX_MATCHES) return markCapped(out);
          out.push({ start: m.index, end: m.index + m[0].length, rule: matcher.flags.includes('i') ? 'keyword' : 'regex', confidence: CUSTOM_CONFIDENCE });
        }
      }
      return out;
    },
  };
}
