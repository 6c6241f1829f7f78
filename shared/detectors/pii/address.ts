import type { Candidate, Detector } from '../../engine/types';
import { GLUED_SUFFIXES, PREFIX_TYPES, SUFFIX_TYPES, UNIT_WORDS } from './lib/address-words';
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
const GLUED = `[\\p{Lu}][\\p{L}-]{1,30}(?:${GLUED_SUFFIXES.map(esc).join('|')})`;

/** The street line: the anchor every address needs. Each alternative is bounded. */
const STREET = [
  `${HOUSE} ${NAME} ${SUFFIX}(?![\\p{L}])(?: \\d{1,5}\\.?(?![\\p{L}\\d]))?`, // 675 Forrest Hill Road, 6076 Piroska u. 97.
  `\\d{1,6} ${NAME}(?: ${LOWER_TYPE})? \\d{1,5}[A-Za-z]?\\.?(?![\\p{L}\\d])`, // 20789 Allika 46, 233 Erzsébet tér 19.
  `(?:${HOUSE} )?${PREFIX} ${NAME}(?:,? \\d{1,5}[A-Za-z]?)?`, // Rua João Pessoa 1636
  `(?:${HOUSE} )?(?:${CAP} )?${GLUED}\\.? \\d{1,5}[A-Za-z]?`, // Brucker Bundesstrasse 31
  `(?:P\\.? ?O\\.? Box|PO Box|PSC) \\d{1,6}(?:, Box \\d{1,6})?`, // PO Box, US military
  `(?:the )?corner of (?:${HOUSE} )?${NAME}(?: ${SUFFIX})? and ${NAME}(?: ${SUFFIX})?`, // the corner of Main St and 5th
].join('|');

/**
 * After the street line an address continues with units, town, region, postcode and country,
 * separated by commas or line breaks. Each segment must look like one (capitalised words, a
 * postcode, a unit) so the extension stops at the first ordinary word.
 */
const POSTCODE = '(?:\\d{3,6}(?:[- ]\\d{2,4})?|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|\\d{4} ?[A-Z]{2})';
const END = '(?![\\p{L}\\p{N}])';
const SEGMENT = `(?:${UNIT_WORDS} ?[A-Za-z0-9-]{1,6}${END}|${POSTCODE}${END}|[A-Z]{2}${END}|${NAME})`;
/** Segment separators: comma, space, or up to two line breaks (optionally e-mail-quoted `>`). */
const SEP = '(?:[ \\t]*,?[ \\t]*\\n{1,2}[ \\t>]*,?[ \\t]*| ?, ?| )';
const TAIL = `(?:${SEP}(?:${SEGMENT})(?: ${POSTCODE}${END})?){0,6}`;

const ADDRESS = new RegExp(`(?<![\\p{L}\\d])(?:${STREET})(?:${TAIL})`, 'gu');

/** Trailing words the greedy tail may swallow that are not part of an address. */
const TRAILING_NOISE = /(?:[ ,\n]+(?:I|I'm|He|She|We|They|It|The|A|An|Please|Thanks|Thank|Is|Are|In|On|At|For|And|Or|But|If|So|To|Can|Could|Would|Will))+$/u;

export const address: Detector = {
  id: 'pii.address',
  category: 'pii',
  description: 'Postal addresses: a street line (number + street-type word, or PO box) and its town/postcode/country tail.',
  validation: 'street-type vocabulary (USPS Pub. 28, Royal Mail PAF, EU suffixes) + house number',
  severity: 'medium',
  placeholder: 'ADDRESS',
  detect: ({ text }) =>
    scanRegex(ADDRESS, text, (m): Candidate | null => {
      let value = m[0].replace(TRAILING_NOISE, '');
      value = value.replace(/[ ,\n]+$/, '');
      if (!/\d/.test(value)) return null;
      return { start: m.index, end: m.index + value.length, rule: 'street-line', confidence: 0.75 };
    }),
  vectors: {
    positive: [
      { text: 'Send it to 1600 Amphitheatre Parkway, Mountain View, CA 94043 please', match: '1600 Amphitheatre Parkway, Mountain View, CA 94043' },
      { text: 'I live at 221B Baker Street, London NW1 6XE.', match: '221B Baker Street, London NW1 6XE' },
      { text: 'Rua João Pessoa 1636' },
      { text: 'Brucker Bundesstrasse 31 Zezig Streets\n Suite 245\n FÜRLING\n Austria 25173.', match: 'Brucker Bundesstrasse 31 Zezig Streets\n Suite 245\n FÜRLING\n Austria 25173' },
      { text: 'PO Box 8316, Springfield', match: 'PO Box 8316, Springfield' },
    ],
    negative: ['Take the first street on the left', 'We have 3 Park rangers', 'Windows 10 Pro', 'Python 3 way to parse'],
  },
};
