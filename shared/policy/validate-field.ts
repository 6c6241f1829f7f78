/**
 * Checks one policy value against its spec. Returns the cleaned value, or a message an admin can
 * act on. Messages never repeat a sensitive value.
 */
import { unsafeRegexReason } from '../engine/regex-safety';
import { SEVERITIES, type Severity } from '../engine/types';
import { ACTIONS, type Action } from './enums';
import type { AllowPattern, CustomDetectorPolicy, FieldSpec, PolicyRule } from './field-spec';
import { isHostPattern } from './host-pattern';

/** A valid value plus, for lists with independent items, the items that were skipped. */
export interface FieldResult {
  readonly value: unknown;
  readonly itemErrors: readonly string[];
}

export type FieldOutcome = FieldResult | { readonly error: string };

/** Lists longer than this are refused outright: a policy that large is a mistake. */
export const MAX_LIST_ITEMS = 1000;
const MAX_ITEM_CHARS = 500;
const RULE_MATCH = /^(\*|[a-z]+\.\*|[a-z]+\.[a-z0-9_]+)$/;
const DETECTOR_ID = /^[a-z0-9_]{1,40}$/;

const ok = (value: unknown, itemErrors: readonly string[] = []): FieldResult => ({ value, itemErrors });
const fail = (error: string) => ({ error });

/** Why one list entry was refused (entries themselves may be strings, so errors are wrapped). */
interface Invalid {
  readonly invalid: string;
}
const invalid = (reason: string): Invalid => ({ invalid: reason });
const isInvalid = (value: unknown): value is Invalid =>
  typeof value === 'object' && value !== null && 'invalid' in value;
const describe = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`);

export function validateField(spec: FieldSpec, value: unknown): FieldOutcome {
  switch (spec.kind) {
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? ok(value)
        : fail(`must be one of ${spec.values.join(', ')}`);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max
        ? ok(value)
        : fail(`must be a whole number from ${spec.min} to ${spec.max}`);
    case 'boolean':
      return typeof value === 'boolean' ? ok(value) : fail(`must be true or false, not ${describe(value)}`);
    case 'string':
      if (typeof value !== 'string') return fail(`must be text, not ${describe(value)}`);
      return value.length <= spec.maxLength ? ok(value) : fail(`must be at most ${spec.maxLength} characters`);
    case 'url':
      return validateUrl(value);
    case 'hosts':
      return validateList(value, (item) =>
        typeof item === 'string' && isHostPattern(item.trim().toLowerCase())
          ? item.trim().toLowerCase()
          : invalid(`"${String(item).slice(0, 60)}" is not a hostname or *.hostname`),
      );
    case 'strings':
      if (Array.isArray(value) && value.length > spec.maxItems) return fail(`must have at most ${spec.maxItems} entries`);
      return validateList(value, (item) =>
        typeof item === 'string' && item.trim() !== '' && item.length <= MAX_ITEM_CHARS
          ? item.trim()
          : invalid(`entries must be non-empty text of at most ${MAX_ITEM_CHARS} characters`),
      );
    case 'rules':
      return validateList(value, wrap(validateRule), { allOrNothing: true });
    case 'customDetectors':
      return validateList(value, wrap(validateCustomDetector));
    case 'allowPatterns':
      return validateList(value, wrap(validateAllowPattern));
  }
}

function validateUrl(value: unknown): FieldOutcome {
  if (typeof value !== 'string') return fail(`must be a URL, not ${describe(value)}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('must be an absolute URL such as https://sightline.example.com');
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) {
    if (url.username || url.password) return fail('must not contain credentials');
    return ok(value.replace(/\/+$/, ''));
  }
  return fail('must use https (http is accepted only for loopback addresses)');
}

/**
 * Validates each item. By default a bad item is skipped and reported while the rest apply;
 * `allOrNothing` refuses the whole list instead (a partial rule set could loosen enforcement).
 */
function validateList(
  value: unknown,
  check: (item: unknown) => unknown,
  { allOrNothing = false } = {},
): FieldOutcome {
  if (!Array.isArray(value)) return fail(`must be a list, not ${describe(value)}`);
  if (value.length > MAX_LIST_ITEMS) return fail(`must have at most ${MAX_LIST_ITEMS} entries`);
  const items: unknown[] = [];
  const errors: string[] = [];
  value.forEach((item, index) => {
    const result = check(item);
    if (isInvalid(result)) errors.push(`entry ${index + 1}: ${result.invalid}`);
    else items.push(result);
  });
  if (allOrNothing && errors.length > 0) return fail(errors.join('; '));
  return ok(items, errors);
}

/** Object validators below return a string for a refused entry. */
function wrap<T extends object>(check: (item: unknown) => T | string): (item: unknown) => T | Invalid {
  return (item) => {
    const result = check(item);
    return typeof result === 'string' ? invalid(result) : result;
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validateRule(item: unknown): PolicyRule | string {
  if (!isObject(item)) return 'must be an object {"match", "action"}';
  const { match, action } = item;
  if (typeof match !== 'string' || !RULE_MATCH.test(match)) return 'match must be a finding type, "category.*" or "*"';
  if (!ACTIONS.includes(action as Action)) return `action must be one of ${ACTIONS.join(', ')}`;
  return { match, action: action as Action };
}

function validateCustomDetector(item: unknown): CustomDetectorPolicy | string {
  if (!isObject(item)) return 'must be an object {"id", "label", "regex" or "keywords", "severity"}';
  const { id, label, regex, keywords, severity } = item;
  if (typeof id !== 'string' || !DETECTOR_ID.test(id)) return 'id must be 1–40 lower-case letters, digits or _';
  if (typeof label !== 'string' || label.trim() === '') return `${id}: label is required`;
  if (!SEVERITIES.includes(severity as Severity)) return `${id}: severity must be one of ${SEVERITIES.join(', ')}`;
  if (regex === undefined && keywords === undefined) return `${id}: give a regex or keywords`;
  const detector: { -readonly [K in keyof CustomDetectorPolicy]: CustomDetectorPolicy[K] } = {
    id,
    label: label.trim(),
    severity: severity as Severity,
  };
  if (regex !== undefined) {
    const problem = regexProblem(regex);
    if (problem) return `${id}: ${problem}`;
    detector.regex = regex as string;
  }
  if (keywords !== undefined) {
    if (!Array.isArray(keywords) || keywords.length === 0 || !keywords.every((k) => typeof k === 'string' && k.trim() !== '')) {
      return `${id}: keywords must be a non-empty list of text`;
    }
    detector.keywords = keywords.map((k: string) => k.trim());
  }
  return detector;
}

function validateAllowPattern(item: unknown): AllowPattern | string {
  if (!isObject(item)) return 'must be an object {"detector"?, "pattern"}';
  const { detector, pattern } = item;
  if (detector !== undefined && (typeof detector !== 'string' || !RULE_MATCH.test(detector))) {
    return 'detector must be a finding type or "category.*"';
  }
  const problem = regexProblem(pattern);
  if (problem) return problem;
  return detector === undefined ? { pattern: pattern as string } : { detector, pattern: pattern as string };
}

function regexProblem(source: unknown): string | null {
  if (typeof source !== 'string' || source === '') return 'regex must be non-empty text';
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return `regex does not compile (${error instanceof Error ? error.message.slice(0, 120) : 'invalid'})`;
  }
  const unsafe = unsafeRegexReason(source);
  return unsafe ? `regex refused: ${unsafe}` : null;
}
