import {
  CONTINENTAL_TYPES, GLUED_SUFFIXES, LOWER_STOPWORDS, NAME_PARTICLES, PREFIX_TYPES, STRONG_SUFFIXES, SUFFIX_TYPES, UNIT_WORDS,
} from './address-words';
import { escapeRegex } from '../../../engine/escape-regex';

/**
 * The postal-address pattern, built once for mixed-case text and once for all-lower-case text
 * (chat logs, exports), where any word may be a name but only strong street types count.
 * Every alternative is a fixed sequence of bounded repeats; the detector runs it as a sticky regex
 * at a few candidate starts (see address.ts), never as a global scan.
 */
/** JS in Node 20 has no inline `(?i:)`, so list lower, Capitalised and UPPER spellings. */
const cased = (words: readonly string[]): string =>
  words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).map(escapeRegex).join('|');
const lowerOnly = (words: readonly string[]): string => words.map(escapeRegex).join('|');

const HOUSE = '\\d{1,6}[A-Za-z]?(?:[ -]\\d{1,5}[A-Za-z]?)?';
/** Particles that may open a street name after a prefix type ("Rue de Tanger", "Avenue du Golf"). */
const PARTICLE = '(?:de|des|du|del|della|dei|degli|da|do|dos|la|le|les|van|von)';
const END = '(?![\\p{L}\\p{N}])';
/** A glued street with a year after it is a season or a date ("Spring 2021"), not a house number. */
const NOT_A_YEAR = '(?!(?:1[6-9]|20)\\d\\d(?!\\d))';
/**
 * Postcodes in the tail: digits (with a ZIP+4 / CEP dash, or the 3+2 space of SE/CZ/GR), UK,
 * Canada, Netherlands. Never followed by another group of digits: "082 490 1693" on the next
 * line is a phone number, not a postcode and more.
 */
const POSTCODE = `(?:\\d{3,6}(?:-\\d{2,4})?|\\d{3} \\d{2}|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|\\d{4} ?[A-Z]{2})${END}(?! \\d)`;
/** US military post offices (APO/FPO/DPO + AA/AE/AP) and "nan", the missing value of CSV/pandas exports. */
const MILITARY_PO = '(?:[ADF]PO|[adf]po) (?:A[AEP]|a[aep])';
/** Segment separators: comma, space, or up to two line breaks (optionally e-mail-quoted `>`). */
const SEP = '(?:[ \\t]*,?[ \\t]*\\n{1,2}[ \\t>?•*-]*,?[ \\t]*| ?, ?| )';
/** A leading unit written before the house number ("Suite 913 0547 Bygget 91"). */
const UNIT_FIRST = `(?:${UNIT_WORDS} ?(?=[A-Za-z-]{0,5}\\d|[A-Z]{1,2} )[A-Za-z0-9-]{1,6} )?`;

/**
 * A word ending in a glued street type: the greedy word is read once, `(?![\p{L}-])` makes every
 * shorter split fail at once, and the look-behind checks the type — no retry of each suffix at
 * each split (that was most of the old pattern's cost). "-ring" after a vowel is English
 * ("During", "Offering"), and a short type after only two letters is an English word ("String",
 * "Spring"), not a German Ring.
 */
const glued = (first: string): string =>
  `${first}[\\p{L}-]{1,40}(?![\\p{L}-])(?<=${GLUED_SUFFIXES.map(escapeRegex).join('|')})(?<![aeiouy]ring)(?<!(?<![\\p{L}-])\\p{L}{2}(?:ring|weg|tie|vej))`;

interface Vocabulary {
  /** One name word. */
  readonly word: string;
  readonly suffix: string;
  readonly prefix: string;
  readonly gluedWord: string;
  /** Two-letter region code in the tail ("CA", "VIC"). */
  readonly region: string;
  /** "Avenue" as a French prefix type, only before a particle ("33 avenue de Provence"). */
  readonly avenue: string;
}

function streetPattern(v: Vocabulary): string {
  const name = `${v.word}(?: (?:(?:${NAME_PARTICLES.join('|')}) ){0,2}${v.word}){0,4}`;
  const lowerType = `(?:${[...GLUED_SUFFIXES, ...SUFFIX_TYPES, 'terrasse', 'gate', 'rkp.', 'krt.'].map(escapeRegex).join('|')})`;
  const street = [
    `(?:${v.word} ){0,2}${HOUSE} ${name} (?:${v.suffix})\\.?(?![\\p{L}])(?: \\d{1,5}\\.?(?![\\p{L}\\d]))?`, // 675 Forrest Hill Road, Aqqusinersuaq 176 Pinto Hill
    `\\d{1,6} ${name}(?: ${lowerType})? \\d{1,5}[A-Za-z]?\\.?(?![\\p{L}\\d]|:\\d)`, // 20789 Allika 46, 233 Erzsébet tér 19. (not "2 Samuel 11:4")
    `(?:${HOUSE} )?(?:${v.prefix}|(?:${v.avenue})(?= ${PARTICLE} )) (?:${PARTICLE} )?(?:\\p{Ll}+ )?${name}(?:,? \\d{1,5}[A-Za-z]?)?`, // Rua João Pessoa 1636, 29 Rue de Tanger
    `(?:${HOUSE} )?(?:${v.word} )?${v.gluedWord}\\.? ${NOT_A_YEAR}\\d{1,5}[A-Za-z]?`, // Brucker Bundesstrasse 31 (not "Spring 2021")
    `${name} (?:${CONTINENTAL_TYPES.map(escapeRegex).join('|')}) \\d{1,5}[A-Za-z]?\\.?(?![\\p{L}\\d]|:\\d)`, // Váci utca 12
    `(?:P\\.? ?O\\.? Box|PO Box|PSC|p\\.? ?o\\.? box|po box) \\d{1,6}(?:, Box \\d{1,6})?`, // PO Box, US military
    `(?:Unit|UNIT|unit) \\d{1,6},? (?:Box|BOX|box) \\d{1,6}`, // US military "Unit 8505 Box 9220" (DPO/APO/FPO follows)
    `(?:USNS|USNV|USS|USCGC|usns|usnv|uss|uscgc) [\\p{L}'’-]{2,30}`, // US Navy / Coast Guard ship, FPO follows
    `(?:the )?corner of (?:${HOUSE} )?(?:(?:${v.prefix}) )?${name}(?: \\d{1,5})?(?: (?:${v.suffix})\\.?)? and (?:(?:${v.prefix}) )?${name}(?: \\d{1,5})?(?: (?:${v.suffix})\\.?)?`,
  ].join('|');
  /**
   * After the street line an address continues with units, town, region, postcode and country,
   * separated by commas or line breaks. Each segment must look like one (capitalised words, a
   * postcode, a unit) so the extension stops at the first ordinary word.
   */
  const segment = `(?:${UNIT_WORDS} ?[A-Za-z0-9-]{1,6}${END}|${POSTCODE}|${MILITARY_PO}${END}|(?:nan|N/A)${END}|${v.region}${END}|${name})`;
  const tail = `(?:${SEP}(?:${segment})(?: ${POSTCODE})?){0,6}`;
  return `(?<![\\p{L}\\d])${UNIT_FIRST}(?:${street})(?:${tail})`;
}

/** Mixed-case text: names are capitalised words. */
const CAP = "[\\p{Lu}][\\p{L}'’.-]{0,30}(?![\\p{L}\\p{N}])";
export const ADDRESS_AT = new RegExp(
  streetPattern({ word: CAP, suffix: cased(SUFFIX_TYPES), prefix: cased(PREFIX_TYPES), gluedWord: glued('[\\p{Lu}]'), region: '[A-Z]{2}', avenue: 'avenue|Avenue|AVENUE' }),
  'uy',
);

/** All-lower-case text: any word but a stop word is a name word; only strong street types count. */
const LOWER_WORD = `(?!(?:${LOWER_STOPWORDS.join('|')})(?![\\p{L}]))[\\p{Ll}][\\p{Ll}'’.-]{0,30}(?![\\p{L}\\p{N}])`;
export const ADDRESS_LOWER_AT = new RegExp(
  streetPattern({ word: LOWER_WORD, suffix: lowerOnly(STRONG_SUFFIXES), prefix: lowerOnly(PREFIX_TYPES), gluedWord: glued('[\\p{Ll}]'), region: '[a-z]{2}', avenue: 'avenue' }),
  'uy',
);

/** A street type, prefix, glued type or unit word anywhere in a value (a lower-case match needs one). */
export const STREET_KEY = new RegExp(
  `(?<![\\p{L}])(?:${lowerOnly(STRONG_SUFFIXES)}|${lowerOnly(PREFIX_TYPES)}|${lowerOnly(CONTINENTAL_TYPES)}|apt|apartment|suite|unit|box|po box|[adf]po)(?![\\p{L}])|${glued('[\\p{Ll}]')}`,
  'u',
);
/** A street word in a mixed-case value (a month name alone makes "18 December 2022" a date). */
export const STREET_WORD = new RegExp(`(?<![\\p{L}])(?:${cased(SUFFIX_TYPES)}|${cased(PREFIX_TYPES)})(?![\\p{L}])|${glued('[\\p{Lu}]')}`, 'u');

/**
 * Words an address can open with when its first digit comes several words later: units, prefix
 * types ("Rua João Pessoa 1636"), ships and PO boxes, "the corner of" (lower-case, no dot).
 */
export const LEAD_WORDS = new Set([
  'apt', 'apartment', 'suite', 'ste', 'unit', 'flat', 'floor', 'fl', 'room', 'rm', 'box', 'bldg', 'building', 'avenue',
  ...PREFIX_TYPES.map((w) => w.replace(/\.$/, '')), 'c', 'usns', 'usnv', 'uss', 'uscgc', 'the', 'corner', 'p', 'po', 'psc',
]);
/** Words inside a name run that are not capitalised: particles, continental street types, "corner of … and". */
export const NAME_JOINERS = new Set([...NAME_PARTICLES, ...CONTINENTAL_TYPES, 'des', 'dei', 'degli', 'of', 'and']);
export const STOPWORDS = new Set(LOWER_STOPWORDS);
