import type { Candidate, Detector } from '../../engine/types';
import { ADDRESS_AT, ADDRESS_LOWER_AT, LEAD_WORDS, NAME_JOINERS, STOPWORDS, STREET_KEY, STREET_WORD } from './lib/address-pattern';
import { nearExampleData } from './lib/example-data';
import { MAX_MATCHES_PER_DETECTOR } from './lib/regex-scan';

/**
 * Postal addresses: a street line (house number + street type, prefix type, glued type, PO box …)
 * and its town / region / postcode / country tail (lib/address-pattern.ts).
 *
 * Speed (issue #4): every reported address holds a digit, so the scan is anchored on digit runs
 * that can open one (mayOpen). For each, the sticky pattern is tried at the digit and at the
 * starts of the name-like words right before it (startsBefore) — a handful of attempts near
 * digits instead of a global regex attempted at every position of the text.
 */
const DIGIT_RUN = /\d(?<!\d\d)/g;
/** Street line (and tail) before the first digit: "USNS Bowditch\nFPO AE 09517", "Rua Dr. João … 12". */
const LOOKBACK = 100;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE_LIKE = new RegExp(`\\b(?:${MONTHS})\\b`);
/** "During 1972, Careset Systems", "Spring 2021": a word and a year, not a street and a house number. */
const WORD_AND_YEAR = /^(?:[\p{Lu}][\p{L}-]+ )?[\p{Lu}][\p{L}-]+ (?:1[6-9]|20)\d\d(?![\p{L}\p{N}])/u;
/** Trailing words the greedy tail may swallow that are not part of an address. */
const TRAILING_NOISE = /(?:[ ,\n]+(?:I|I'm|He|She|We|They|It|The|A|An|Please|Thanks|Thank|Is|Are|In|On|At|For|And|Or|But|If|So|To|Can|Could|Would|Will))+$/u;

const CAPITALISED = /^[\p{Lu}][\p{L}'’.-]*$/u;
const LOWER = /^[\p{Ll}][\p{Ll}'’.-]*$/u;
/** Between the tokens of an address: spaces, commas, line breaks, e-mail quotes and list bullets. */
const isSeparator = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 62 || c === 42 || c === 63 || c === 8226;

/** Can a token open or continue the words before an address's first digit? */
function nameToken(token: string, lowerText: boolean): boolean {
  // A capitalised word answers without the lower-cased copy (most tokens walked in mixed-case text).
  if (!lowerText && CAPITALISED.test(token)) return true;
  const bare = token.toLowerCase().replace(/\.$/, '');
  if (LEAD_WORDS.has(bare) || NAME_JOINERS.has(bare) || token.startsWith('#')) return true;
  return lowerText && LOWER.test(token) && !STOPWORDS.has(bare);
}

/**
 * Where an address whose first digit is at `d` may start, ascending: `d` itself, and the starts of
 * the run of name-like tokens right before it ("Rua João Pessoa 1636", "USNS Bowditch\nFPO AE
 * 09517", "Serenade Opus 420"). The walk stops at the first other token, so in code and prose it
 * reads a word or two, not a fixed window.
 */
function startsBefore(text: string, d: number, floor: number, lowerText: boolean): number[] {
  const starts = [d];
  let i = d;
  while (i > floor && d - i < LOOKBACK) {
    let end = i;
    while (end > floor && isSeparator(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > floor && !isSeparator(text.charCodeAt(start - 1))) start--;
    if (start === end || !nameToken(text.slice(start, end), lowerText)) break;
    starts.push(start);
    i = start;
  }
  return starts.reverse();
}

/**
 * Can the digit run at `d` be an address's first digits? House numbers, unit and box numbers and
 * postcodes have at most six digits and sit next to words: a letter (and a space or comma) before
 * them, or a word after them ("12 Main St", "Box 12", "Rua X 12", "FPO AE 09517"). Digits in code
 * ("i = 0;", "f(1, 2)") fail both sides and cost no look-back.
 */
const WORD_AFTER = /[A-Za-z]?(?:[ -]\d{1,5}[A-Za-z]?)?,? ?[\p{L}#]/uy;
const WORD_BEFORE = /(?<=[\p{L}.]\.?,? ?|\n[ \t>?•*-]*|^[ \t]*)/uy;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The characters WORD_AFTER can start with (a letter, a space, '-', ',', '#'; any non-ASCII one may
 * be a letter) and WORD_BEFORE can end with: most digits in code ("0;", "(1)", "x[2]") fail both
 * on one character, before either sticky regex runs.
 */
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const mayStartAfter = (c: number): boolean => isAsciiLetter(c) || c === 32 || c === 45 || c === 44 || c === 35 || c >= 128;
const mayEndBefore = (c: number): boolean =>
  isAsciiLetter(c) || c === 32 || c === 44 || c === 46 || c === 10 || c === 9 || c === 62 || c === 63 || c === 42 || c === 45 || c >= 128;

function mayOpen(text: string, d: number): boolean {
  let end = d + 1;
  while (isDigit(text.charCodeAt(end))) end++;
  if (end - d > 6) return false;
  if (mayStartAfter(text.charCodeAt(end))) {
    WORD_AFTER.lastIndex = end;
    if (WORD_AFTER.test(text)) return true;
  }
  if (d > 0 && !mayEndBefore(text.charCodeAt(d - 1))) return false;
  WORD_BEFORE.lastIndex = d;
  return WORD_BEFORE.test(text);
}

function findAddresses(text: string, lowerText: boolean): RegExpExecArray[] {
  const re = lowerText ? ADDRESS_LOWER_AT : ADDRESS_AT;
  const out: RegExpExecArray[] = [];
  let tried = 0; // every position before this was tried, or lies inside a match
  DIGIT_RUN.lastIndex = 0;
  for (let d = DIGIT_RUN.exec(text); d !== null && out.length < MAX_MATCHES_PER_DETECTOR; d = DIGIT_RUN.exec(text)) {
    if (!mayOpen(text, d.index)) continue;
    let match: RegExpExecArray | null = null;
    for (const i of startsBefore(text, d.index, tried, lowerText)) {
      re.lastIndex = i;
      match = re.exec(text);
      if (match !== null) break;
    }
    if (match === null) {
      tried = d.index + 1;
      continue;
    }
    out.push(match);
    tried = match.index + match[0].length;
    DIGIT_RUN.lastIndex = Math.max(DIGIT_RUN.lastIndex, tried);
  }
  return out;
}

export const address: Detector = {
  id: 'pii.address',
  category: 'pii',
  description: 'Postal addresses: a street line (number + street-type word, or PO box) and its town/postcode/country tail.',
  validation: 'street-type vocabulary (USPS Pub. 28, Royal Mail PAF, EU suffixes) + house number; all-lower-case text needs a strong street word',
  severity: 'medium',
  placeholder: 'ADDRESS',
  detect: ({ text, lower }) => {
    // Lower-cased texts (chat logs, exports) lose the capitals that mark names.
    const lowerText = !/\p{Lu}/u.test(text);
    return findAddresses(text, lowerText).flatMap((m): Candidate[] => {
      let value = m[0].replace(TRAILING_NOISE, '');
      value = value.replace(/[ ,\n]+$/, '');
      if (!/\d/.test(value)) return [];
      // "18 December 2022", "2028 Summer Olympics July 14": a date, not a house number + street.
      if (!lowerText && DATE_LIKE.test(value) && !STREET_WORD.test(value)) return [];
      if (WORD_AND_YEAR.test(value) && !STREET_WORD.test(value)) return [];
      if (lowerText && !STREET_KEY.test(value)) return [];
      const example = nearExampleData(lower, m.index, m.index + value.length);
      return [{
        start: m.index, end: m.index + value.length, rule: 'street-line', confidence: example ? 0.4 : 0.75,
        ...(example ? { severity: 'low' as const, note: 'example data nearby' } : {}),
      }];
    });
  },
};
