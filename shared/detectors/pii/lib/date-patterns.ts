/**
 * Date and time shapes shared by `pii.date_time` and `pii.date_of_birth`. Every alternative is a
 * fixed sequence of bounded repeats, so the union stays linear.
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

const ALTERNATIVES = [
  `${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])${TIME}`, // ISO 8601
  `(?:[12]\\d|3[01]|0?[1-9])[/.-](?:[12]\\d|3[01]|0?[1-9])[/.-](?:${YEAR}|\\d{2})`, // 5/21/2021, 21.5.21
  `${DAY}[ -](?:of )?${MONTH}(?:,?[ -]${YEAR})?`, // 1st of May 1977, 21-May
  `${MONTH}[ -]${DAY}(?:,? ${YEAR})?(?![\\d:])`, // May 1st, 1977
  `${DAY}-${MONTH_UPPER}-${YEAR}`, // 5-MAY-2021
  `${MONTH}[ -]${YEAR}`, // May-2021
  `${MONTH}-\\d{2}`, // May-21
  `(?:0?[1-9]|1[0-2])/(?:${YEAR}|\\d{2})(?![/\\d])`, // 05/2021, 5/21
  `(?:${WEEKDAY})`,
  `(?:year|in|since|until|by|from|of|around|circa|during|During|In|Since) ${YEAR}(?!\\d)`, // in 1977, During 2017
  `(?:in|since|until|by|during) (?:${MONTH_FULL})(?![\\w-])`, // in May (a capital after "in" is the month, not the verb)
];

/** Global, case-insensitive except that month/weekday names need a capital (May vs. may). */
export const DATE = new RegExp(`(?<![\\w/.:-])(?:${ALTERNATIVES.join('|')})(?![\\w/-]|\\.\\d)`, 'g');

/** Strips a leading preposition ("in 1977" → "1977") so the span is the date itself. */
export function trimPreposition(value: string): number {
  const m = /^(?:in|since|until|by|from|of|around|circa|during) /i.exec(value);
  return m ? m[0].length : 0;
}

/** Numeric dates must have a month (≤ 12) in the first or second field: rejects 13/13/2020, 31.31.99. */
export function plausibleDate(value: string): boolean {
  const m = /^(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{1,4}))?/.exec(value);
  if (!m) return true;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (m[1]!.length === 4) return b >= 1 && b <= 12;
  return (a >= 1 && a <= 12) || (b >= 1 && b <= 12);
}
