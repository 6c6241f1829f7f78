import type { DetectorInput } from '../../../engine/types';
import { inputCache } from './input-cache';
import { MAX_MATCHES_PER_DETECTOR } from './regex-scan';

/**
 * Date and time shapes shared by `pii.date_time` and `pii.date_of_birth`. Every alternative is a
 * fixed sequence of bounded repeats, so each stays linear. They are not run as one global regex
 * (a look-behind first costs an attempt at every position, ~40 ms per MB): a date starts with a
 * digit or a capitalised month/weekday name, so `findDates` finds those two anchors and tries the
 * matching sticky alternatives there; a preposition before the anchor ("in 1977", "since May")
 * is read backwards from it.
 */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[6-9]|20)\\d{2}';
const TIME = '(?:[T ](?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,6})?)?(?:Z|[+-](?:[01]\\d):?[0-5]\\d)?)?';
/** Upper-case forms appear in form exports ("5-MAY-2021"); mixed case stays required for "may". */
const MONTH_UPPER = '(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)';
const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** What may not follow a date: more of a word, a path or a range, or a decimal. */
const END = '(?![\\w/-]|\\.\\d)';

/** Alternatives that start with a digit, in the order they are tried. */
const NUMERIC = [
  `${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])${TIME}`, // ISO 8601
  `(?:[12]\\d|3[01]|0?[1-9])[/.-](?:[12]\\d|3[01]|0?[1-9])[/.-](?:${YEAR}|\\d{2})`, // 5/21/2021, 21.5.21
  `${DAY}[ -](?:of )?${MONTH}(?:,?[ -]${YEAR})?`, // 1st of May 1977, 21-May
  `${DAY}-${MONTH_UPPER}-${YEAR}`, // 5-MAY-2021
  `(?:0?[1-9]|1[0-2])/(?:${YEAR}|\\d{2})(?![/\\d])`, // 05/2021, 5/21
];
/** Alternatives that start with a capitalised month or weekday name. */
const NAMED = [
  `${MONTH}[ -]${DAY}(?:,? ${YEAR})?(?![\\d:])`, // May 1st, 1977
  `${MONTH}[ -]${YEAR}`, // May-2021
  `${MONTH}-\\d{2}`, // May-21
  WEEKDAY,
];
const NUMERIC_AT = new RegExp(`(?:${NUMERIC.join('|')})${END}`, 'y');
const NAMED_AT = new RegExp(`(?:${NAMED.join('|')})${END}`, 'y');
/** A bare year, only after a preposition ("in 1977", "During 2017") or an article ("a 2005 film"). */
const YEAR_AT = new RegExp(`${YEAR}(?!\\d)${END}`, 'y');
const FULL_MONTH_AT = new RegExp(`(?:${MONTH_FULL})(?![\\w-])${END}`, 'y');
const PREP_BEFORE_YEAR = /(?:^|[^\w/.:-])(?:year|in|since|until|by|from|of|around|circa|during|During|In|Since) $/;
/** "in May" (a capital after "in" is the month, not the verb). */
const PREP_BEFORE_MONTH = /(?:^|[^\w/.:-])(?:in|since|until|by|during) $/;
/**
 * "a 2005 French film", "the 1998 season": a 19xx/20xx year used as an attribute. Not before a
 * unit ("a 2048 bit key", "a 2000 word essay"), where the number is a quantity.
 */
const ARTICLE_BEFORE_YEAR = /(?:^|[^\w/.:-])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y) $/;
const ATTRIBUTIVE_YEAR = /^(?:19|20)\d{2} (?!(?:bits?|bytes?|words?|characters?|chars?|pixels?|px|tokens?|lines?|rows?|items?|points?|pts|calories?|kcal|dollars?|euros?|pounds?|miles?|km|meters?|metres?|feet|ft|kg|lbs?|mg|ml|mb|gb|kb|ms|hz|mhz|rpm|cc|sq|square|x|by|\+|-|%|per|times|people|users|employees|students|units|copies|pages)\b)[A-Za-z]/i;

/** Anchors: a digit after a non-word character, or a capitalised month/weekday abbreviation. */
const ANCHOR = /\d(?<![\w/.:-]\d)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/g;
const BAD_BEFORE = /[\w/.:-]/;

export interface DateSpan {
  readonly start: number;
  readonly end: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** What can follow a date's 1–2-digit first number: a separator, or an ordinal suffix's letter. */
const AFTER_DAY = /[/.\- sntr]/;

const sticky = (re: RegExp, text: string, pos: number): string | undefined => {
  re.lastIndex = pos;
  return re.exec(text)?.[0];
};

/** The span of a date that starts at `start` and whose anchored part `value` was read at `pos`. */
const spanOf = (value: string | undefined, pos: number, start = pos): DateSpan | undefined =>
  value === undefined ? undefined : { start, end: pos + value.length };

/**
 * The date at anchor `pos`: its start (before `pos` for "year 1972") and end, or undefined. No
 * closure per call: tools that keep function names (tsx, esbuild `keepNames`) would name each one.
 */
function dateAt(text: string, pos: number): DateSpan | undefined {
  if (text.charCodeAt(pos) <= 57) {
    // Cheap shape test first: a date's first number has 1–2 digits and a separator or ordinal
    // after it, or 4 digits (a year); "0;", "30)", "4096" in code end here.
    let run = pos + 1;
    while (isDigit(text.charCodeAt(run))) run++;
    const digits = run - pos;
    if (digits === 3 || digits > 4 || (digits <= 2 && !AFTER_DAY.test(text.charAt(run)))) return undefined;
    const numeric = sticky(NUMERIC_AT, text, pos);
    if (numeric !== undefined) return spanOf(numeric, pos);
    if (digits !== 4) return undefined;
    const year = sticky(YEAR_AT, text, pos);
    if (year === undefined) return undefined;
    const before = text.slice(Math.max(0, pos - 8), pos);
    // "the year 1972": the noun is part of the date; a preposition is not ("in 1977").
    if (PREP_BEFORE_YEAR.test(before)) return spanOf(year, pos, before.endsWith('year ') ? pos - 5 : pos);
    return ARTICLE_BEFORE_YEAR.test(before) && ATTRIBUTIVE_YEAR.test(text.slice(pos, pos + 24)) ? spanOf(year, pos) : undefined;
  }
  if (BAD_BEFORE.test(text.charAt(pos - 1))) return undefined;
  const named = sticky(NAMED_AT, text, pos);
  if (named !== undefined) return spanOf(named, pos);
  return PREP_BEFORE_MONTH.test(text.slice(Math.max(0, pos - 8), pos)) ? spanOf(sticky(FULL_MONTH_AT, text, pos), pos) : undefined;
}

/** Every plausible date in the input's text, left to right, non-overlapping. Both date detectors read one pass per input. */
export function findDates(input: DetectorInput): readonly DateSpan[] {
  const cache = inputCache(input);
  cache.dates ??= scanDates(input.text);
  return cache.dates;
}

function scanDates(text: string): DateSpan[] {
  const out: DateSpan[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m !== null && out.length < MAX_MATCHES_PER_DETECTOR; m = ANCHOR.exec(text)) {
    const date = dateAt(text, m.index);
    if (date === undefined) continue;
    if (plausibleDate(text.slice(date.start, date.end))) out.push(date);
    ANCHOR.lastIndex = date.end;
  }
  return out;
}

/** Numeric dates must have a month (≤ 12) in the first or second field: rejects 13/13/2020, 31.31.99. */
export function plausibleDate(value: string): boolean {
  const m = /^(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{1,4}))?/.exec(value);
  if (!m) return true;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (m[1]!.length === 4) return b >= 1 && b <= 12;
  return (a >= 1 && a <= 12) || (b >= 1 && b <= 12);
}
