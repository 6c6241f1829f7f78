import type { Candidate, Detector } from '../../engine/types';
import { GLUED_SUFFIXES, PREFIX_TYPES, SUFFIX_TYPES, UNIT_WORDS } from './lib/address-words';
import { nearExampleData } from './lib/example-data';
import { scanRegex } from './lib/regex-scan';

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** JS in Node 20 has no inline `(?i:)`, so list lower, Capitalised and UPPER spellings. */
const cased = (words: readonly string[]): string =>
  words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).map(esc).join('|');
const CAP = "[\\p{Lu}][\\p{L}'’.-]{0,30}(?![\\p{L}\\p{N}])";
const NAME = `${CAP}(?: (?:${CAP}|de|del|da|do|dos|van|von|der|la|le|di)){0,4}`;
const HOUSE = '\\d{1,6}[A-Za-z]?(?:[ -]\\d{1,5}[A-Za-z]?)?';
const SUFFIX = `(?:${cased(SUFFIX_TYPES)})\\.?`;
const PREFIX = `(?:${cased(PREFIX_TYPES)})`;
/** Street words written lower-case after the name ("Stensås terrasse 38", "Belgrád rkp. 18."). */
const LOWER_TYPE = `(?:${[...GLUED_SUFFIXES, ...SUFFIX_TYPES, 'terrasse', 'gate', 'rkp.', 'krt.'].map(esc).join('|')})`;
/** Particles that may open a street name after a prefix type ("Rue de Tanger", "Avenue du Golf"). */
const PARTICLE = '(?:de|des|du|del|della|dei|degli|da|do|dos|la|le|les|van|von)';
/** A leading unit written before the house number ("Suite 913 0547 Bygget 91"). */
const UNIT_FIRST = `(?:${UNIT_WORDS} ?[A-Za-z0-9-]{1,6} )?`;
const GLUED = `[\\p{Lu}][\\p{L}-]{1,30}(?:${GLUED_SUFFIXES.map(esc).join('|')})`;

/** The street line: the anchor every address needs. Each alternative is bounded. */
const STREET = [
  `(?:${CAP} )?${HOUSE} ${NAME} ${SUFFIX}(?![\\p{L}])(?: \\d{1,5}\\.?(?![\\p{L}\\d]))?`, // 675 Forrest Hill Road, Aqqusinersuaq 176 Pinto Hill
  `\\d{1,6} ${NAME}(?: ${LOWER_TYPE})? \\d{1,5}[A-Za-z]?\\.?(?![\\p{L}\\d]|:\\d)`, // 20789 Allika 46, 233 Erzsébet tér 19. (not "2 Samuel 11:4")
  `(?:${HOUSE} )?${PREFIX} (?:${PARTICLE} )?(?:\\p{Ll}+ )?${NAME}(?:,? \\d{1,5}[A-Za-z]?)?`, // Rua João Pessoa 1636, 29 Rue de Tanger
  `(?:${HOUSE} )?(?:${CAP} )?${GLUED}\\.? \\d{1,5}[A-Za-z]?`, // Brucker Bundesstrasse 31
  `(?:P\\.? ?O\\.? Box|PO Box|PSC) \\d{1,6}(?:, Box \\d{1,6})?`, // PO Box, US military
  `(?:Unit|UNIT|unit) \\d{1,6},? (?:Box|BOX|box) \\d{1,6}`, // US military "Unit 8505 Box 9220" (DPO/APO/FPO follows)
  `(?:USNS|USNV|USS|USCGC|usns|usnv|uss|uscgc) [\\p{L}'’-]{2,30}`, // US Navy / Coast Guard ship, FPO follows
  `(?:the )?corner of (?:${HOUSE} )?(?:${PREFIX} )?${NAME}(?: \\d{1,5})?(?: ${SUFFIX})? and (?:${PREFIX} )?${NAME}(?: \\d{1,5})?(?: ${SUFFIX})?`, // the corner of Main St and 5th
].join('|');

/**
 * After the street line an address continues with units, town, region, postcode and country,
 * separated by commas or line breaks. Each segment must look like one (capitalised words, a
 * postcode, a unit) so the extension stops at the first ordinary word.
 */
const POSTCODE = '(?:\\d{3,6}(?:[- ]\\d{2,4})?|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|\\d{4} ?[A-Z]{2})';
const END = '(?![\\p{L}\\p{N}])';
/** US military post offices (APO/FPO/DPO + AA/AE/AP) and "nan", the missing value of CSV/pandas exports. */
const MILITARY_PO = '(?:[ADF]PO|[adf]po) (?:A[AEP]|a[aep])';
const SEGMENT = `(?:${UNIT_WORDS} ?[A-Za-z0-9-]{1,6}${END}|${POSTCODE}${END}|${MILITARY_PO}${END}|(?:nan|N/A)${END}|[A-Z]{2}${END}|${NAME})`;
/** Segment separators: comma, space, or up to two line breaks (optionally e-mail-quoted `>`). */
const SEP = '(?:[ \\t]*,?[ \\t]*\\n{1,2}[ \\t>?•*-]*,?[ \\t]*| ?, ?| )';
const TAIL = `(?:${SEP}(?:${SEGMENT})(?: ${POSTCODE}${END})?){0,6}`;

const ADDRESS = new RegExp(`(?<![\\p{L}\\d])${UNIT_FIRST}(?:${STREET})(?:${TAIL})`, 'gu');

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE_LIKE = new RegExp(`\\b(?:${MONTHS})\\b`);
const STREET_WORD = new RegExp(`(?<![\\p{L}])(?:${cased(SUFFIX_TYPES)}|${cased(PREFIX_TYPES)})(?![\\p{L}])|${GLUED}`, 'u');
/** Trailing words the greedy tail may swallow that are not part of an address. */
const TRAILING_NOISE = /(?:[ ,\n]+(?:I|I'm|He|She|We|They|It|The|A|An|Please|Thanks|Thank|Is|Are|In|On|At|For|And|Or|But|If|So|To|Can|Could|Would|Will))+$/u;

export const address: Detector = {
  id: 'pii.address',
  category: 'pii',
  description: 'Postal addresses: a street line (number + street-type word, or PO box) and its town/postcode/country tail.',
  validation: 'street-type vocabulary (USPS Pub. 28, Royal Mail PAF, EU suffixes) + house number',
  severity: 'medium',
  placeholder: 'ADDRESS',
  detect: ({ text, lower }) =>
    scanRegex(ADDRESS, text, (m): Candidate | null => {
      let value = m[0].replace(TRAILING_NOISE, '');
      value = value.replace(/[ ,\n]+$/, '');
      if (!/\d/.test(value)) return null;
      // "18 December 2022", "2028 Summer Olympics July 14": a date, not a house number + street.
      if (DATE_LIKE.test(value) && !STREET_WORD.test(value)) return null;
      const example = nearExampleData(lower, m.index, m.index + value.length);
      return {
        start: m.index, end: m.index + value.length, rule: 'street-line', confidence: example ? 0.4 : 0.75,
        ...(example ? { severity: 'low' as const, note: 'example data nearby' } : {}),
      };
    }),
};
