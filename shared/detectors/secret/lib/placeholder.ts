/**
 * Placeholder and template detection. Two different outcomes (issue 3):
 * - `templateReference`: the value is a variable or prompt-to-fill (`${NPM_TOKEN}`, `<your-key>`,
 *   `process.env.X`) — it is not a credential at all, so the rule reports nothing.
 * - `placeholderReason`: the value has the right shape but looks made up (`…EXAMPLE`, `xxxx`,
 *   `1234567890`, `abcd…`). It may still be a real secret pasted from a doc, so it is reported at
 *   low confidence with a note instead of being dropped.
 */

import { decodeBase64 } from './base64';
import { memoByValue } from '../../../engine/recent-memo';
import { escapeRegex } from '../../../engine/escape-regex';

/** Words that docs and fixtures use in made-up credentials. */
const PLACEHOLDER_WORDS = [
  'example', 'sample', 'dummy', 'placeholder', 'your', 'changeme', 'change_me', 'redacted',
  'fake', 'replace', 'insert', 'xxxx', '****', '....', '0000000', 'notreal', 'not_real',
] as const;

/** Ascending (and descending) runs that people type by hand. */
const SEQUENCES = ['123456789', 'abcdefgh', 'abcdef0123', '0123456789', 'qwerty', 'abcd1234', '1234abcd', '987654321', 'zyxwvuts'] as const;

/**
 * Either list in one case-insensitive search: almost every value contains none, and one native
 * search costs less than lower-casing it and 26 `includes`. A hit falls back to the lists, whose
 * order decides which word the note names. The Kelvin sign is the one non-ASCII character that
 * lower-cases to a letter of these words (`K` in `fake`) and that `/i` does not fold.
 */
const ANY_LISTED = new RegExp(
  [...PLACEHOLDER_WORDS, ...SEQUENCES]
    .map((w) => escapeRegex(w).replace(/k/g, '[k\\u212a]'))
    .join('|'),
  'i',
);

/** A run this long of one character essentially never occurs in a random token of ≥ 16 chars. */
const MAX_NATURAL_RUN = 5;

/**
 * Runs of one character stepping along (`aaaabbbbcccc…`, `111122223333`): random base62 averages
 * about 1.02 characters per run, so this many per run on average is typed, not generated.
 */
const MIN_TYPED_MEAN_RUN = 3;
const MIN_RUNS_LENGTH = 12;

/** Short repeating units (`abcd1234abcd1234…`) cover at least this share of the value. */
const PERIODIC_SHARE = 0.8;
const MAX_PERIOD = 8;

/**
 * A reference to be filled in rather than a value: `${VAR}`, `$VAR`, `{{ var }}`, `<your-key>`,
 * `%(name)s`, `#{var}`, `@VAR@`, `[Key goes here]`, `process.env.X`. `{{`/`${` after the start count
 * only when well-formed (`{{ name }}`, `${name}`): `m{{h}o)p${e]…` is a password of symbols.
 */
const TEMPLATE = /^(?:\$\{|\$\(|\$[A-Za-z_]|\{\{|\{%|<[^>]{0,60}>|%[sd(]|#\{|@[A-Za-z_]+@|\[[^\]]{0,60}\]$)|\{\{\s{0,3}[\w.\-\[\]'"]{1,60}\s{0,3}\}\}|\$\{[A-Za-z_][\w.:\-]{0,60}\}|process\.env|os\.environ|getenv\(/;

/**
 * Descriptive stand-ins (`a-fake-tooshort-key`, `not_a_real_token`, `insert_key_here`,
 * `YOUR_CLIENT_SECRET_GOES_HERE`): the value says it is not a credential. Context rules, which
 * have no provider format to go by, report nothing for them; a provider-format match with such a
 * word (`sk-ant-…fake…`) is only downgraded (`placeholderReason`).
 */
const DUMMY = /fake|dummy|not[_\-. ]?(?:a[_\-. ]?)?(?:real|secret|password)|changeme|change_me|replace[_\-]?me|insert[_\-. ]|goes[_\-]?here|_here$|^your[_\-]|placeholder|redacted/i;

/** Mask characters docs use to blank out a token: `ghp_xxxx…`, `sk-****…`, `••••`. */
const isMaskChar = (c: number): boolean => c === 0x78 || c === 0x58 || c === 0x2a || c === 0x2022 || c === 0x23;
/** A value is a mask when at most this many characters are not mask characters … */
const MAX_UNMASKED = 12;
/** … and mask characters make up at least this share of it. */
const MIN_MASK_SHARE = 0.6;

/**
 * `ghp_xxxxxxxx…`: the random part is blanked out entirely, so there is no secret to leak. Treated
 * like a template (no finding), unlike `…EXAMPLE…` values, which may be real keys from docs.
 */
export function maskedValue(value: string): boolean {
  let masked = 0;
  // By code unit: every mask character is one, and no half of a surrogate pair is one.
  for (let i = 0; i < value.length; i++) if (isMaskChar(value.charCodeAt(i))) masked++;
  return value.length - masked <= MAX_UNMASKED && masked / value.length >= MIN_MASK_SHARE;
}

export function templateReference(value: string): boolean {
  return TEMPLATE.test(value);
}

/** Padded base64 of printable text: `ZHVtbXkgdGV4dA==` is "dummy text". */
const PADDED_BASE64 = /^[A-Za-z0-9+/]{8,}={0,2}$/;
const PRINTABLE_TEXT = /^[\x20-\x7e]+$/;

/**
 * Zeros alone (`00000000-0000-0000-0000-000000000000`, the RFC 9562 nil UUID; `0000-0000`): the
 * "no value" of an ID or key field, unset rather than made up.
 */
const ZEROED = /^0+(?:[-_.:]0+)*$/;

export function dummyValue(value: string): boolean {
  if (DUMMY.test(value) || ZEROED.test(value)) return true;
  if (value.length % 4 !== 0 || !PADDED_BASE64.test(value)) return false;
  const text = decodeBase64(value);
  return text !== null && PRINTABLE_TEXT.test(text) && DUMMY.test(text);
}

function longestRun(value: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

function meanRun(value: string): number {
  let runs = value.length > 0 ? 1 : 0;
  for (let i = 1; i < value.length; i++) if (value.charCodeAt(i) !== value.charCodeAt(i - 1)) runs++;
  return runs === 0 ? 0 : value.length / runs;
}

function isPeriodic(value: string): boolean {
  const n = value.length;
  if (n < 12) return false;
  for (let p = 1; p <= MAX_PERIOD; p++) {
    const pairs = n - p;
    let differ = 0;
    let i = p;
    // A random value fails each period within a few characters: stop once even an unbroken tail
    // of matches could no longer reach the share.
    for (; i < n; i++) if (value.charCodeAt(i) !== value.charCodeAt(i - p) && (pairs - ++differ) / pairs < PERIODIC_SHARE) break;
    if (i === n) return true;
  }
  return false;
}

/** Why a value looks made up, or `null` when it looks like a real random credential. */
export const placeholderReason = memoByValue(function placeholderReason(value: string): string | null {
  if (ANY_LISTED.test(value)) {
    const lower = value.toLowerCase();
    for (const w of PLACEHOLDER_WORDS) if (lower.includes(w)) return `placeholder-looking value (contains "${w}")`;
    for (const s of SEQUENCES) if (lower.includes(s)) return 'placeholder-looking value (typed sequence)';
  }
  if (longestRun(value) > MAX_NATURAL_RUN) return 'placeholder-looking value (repeated character)';
  if (isPeriodic(value)) return 'placeholder-looking value (repeating pattern)';
  if (value.length >= MIN_RUNS_LENGTH && meanRun(value) >= MIN_TYPED_MEAN_RUN) return 'placeholder-looking value (runs of repeated characters)';
  return null;
});
