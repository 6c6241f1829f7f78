import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Candidate, Detector } from '../../engine/types';
import { ADDRESS_AT, STREET_WORD } from './lib/address-pattern';
import { findContext, effects } from './lib/context';
import { scanAnchored } from './lib/regex-scan';

/**
 * Phone numbers in one pass: a cheap regex finds phone-shaped digit runs, and only those runs are
 * parsed by libphonenumber (\`max\` metadata, so \`isValid()\` checks real number plans; the worker
 * tier can afford its ~150 KB, the content-script tier does not load this detector).
 *
 * A national-format number is ambiguous without a country, so a run that does not start with
 * \`+\`/\`00\` is tried against \`REGIONS\` until one says valid. The earlier design ran the full
 * PhoneNumberMatcher over the whole text once per region (7 passes); parsing only candidate runs
 * costs the same on a number and nothing on text without digits.
 */
/**
 * A run's verdict needs only "valid in some region" and "possible in some region", which do not
 * depend on the order the regions are tried in; a run valid in one stops there (issue #4). So the
 * most permissive plans go first: Germany's (2–5-digit area codes, subscriber numbers of varying
 * length) accepts most national numbers valid anywhere, India's most 10-digit ones. The US goes
 * last: its +1 is shared by 25 plans that libphonenumber tells apart one by one (~4× the cost of
 * one parse elsewhere). Measured on the benchmark's phone-shaped runs: 3× fewer parse µs.
 */
const REGIONS: readonly CountryCode[] = ['DE', 'IN', 'FR', 'NL', 'ES', 'BR', 'NO', 'TR', 'PH', 'IT', 'AU', 'GB', 'US'];
const CONTEXT = [
  'phone', 'tel', 'telephone', 'mobile', 'cell', 'call', 'fax', 'contact', 'whatsapp', 'sms', 'text me',
  'ring', 'dial', 'reach', 'number', 'landline', 'ext', 'answering', 'hotline', 'tél', 'telefon', 'handy',
  'desk', 'office', 'messages', 'message', 'texts', 'voicemail', 'telepono', 'telefono', 'teléfono', 'telefone', 'numara',
];
/** A number right after a postcode label is a postcode ("CEP: 90010-170", "zip code 94105 1234"). */
const POSTCODE_LABELS = ['zip', 'zip code', 'zipcode', 'postcode', 'postal code', 'post code', 'cep', 'plz'];
/** Words that name a phone outright; "number", "contact" and "reach" also precede order and case numbers. */
const WEAK = new Set(['number', 'contact', 'reach', 'ext', 'office', 'message', 'messages']);
/**
 * Phone-shaped run: optional +/00/( prefix, 6–17 digits with single separators, optional
 * extension. Each digit group is atomic (`(?=(\d{1,5}))\1`: as many digits as it can take, never
 * given back). A match cannot end inside a run of digits (the look-ahead refuses a digit after
 * it), so splitting a run into more, shorter groups finds no other match — it only lets a lone
 * run of 2–5 digits count as the two groups the pattern asks for, which the second alternative
 * says directly. With plain `\d{1,5}` groups the engine tried every split of a long run before failing (~40
 * digits into up to 8 groups: 12 ms for one run in the adversarial "digits" input, issue #4).
 * Same matches (checked against the old pattern on random digit/separator strings).
 */
const RUN = /(?<![\w+.\/-])(?:(?:\+|00)?\(?(?=(\d{1,5}))\1\)?(?:[ .\-\/]?\(?(?=(\d{1,5}))\2\)?){1,7}|(?:\+|00)?\(?\d{2,5}\)?)(?: ?(?:x|ext\.?|#) ?\d{1,5})?(?![\w\/]|-\d|[.:]\d)/y;
/**
 * Where a run can start: its first character (`+`, `(` or a digit) with RUN's look-behind moved
 * after it, so V8 skips to those characters instead of trying RUN at every position (issue #4).
 */
const RUN_START = /[+(\d](?<![\w+.\/-][+(\d])/g;
/** Fewer digits than this is an extension or a short code, not a personal number (ITU-T E.164 minimum NSN is 7 in practice). */
const MIN_DIGITS = 7;
/** ITU-T E.164: at most 15 digits; an extension adds up to 5. */
const E164_MAX = 15;
const MAX_DIGITS = 20;
/** Fictional ranges: NANP 555-0100…0199 (ATIS), Ofcom drama range 07700 900000…900999. */
const FICTIONAL = /(?:^|\D)555[-. )]*01\d\d(?:\D|$)|07700\s?900\d{3}|\+?44\s?7700\s?900\d{3}/;

/** Dates (2026-02-15, (2025–2026)), year ranges, decimals and dotted versions the matcher lets through. */
const NOT_A_PHONE = [
  /^\(?(?:19|20)\d{2}[-–./ ](?:0?[1-9]|1[0-2])[-–./ ](?:0?[1-9]|[12]\d|3[01])\)?$/,
  /^\(?(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}\)?$/,
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/,
  /^\d+\.\d+$/,
  /^\d+(?:\.\d+){2,}$/,
  /^\(?(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])[ T]/, // date + time: "2024-03-15 01:08"
  /^\d{3}-\d{2}-\d{4}$/, // the SSN layout; no national plan writes 3-2-4
  /^\d{1,4}00-\d{1,5}00$/, // round-number ranges: "800-1000 words"
  /^\d{1,5}[-:](?:19|20)\d{2}$/, // standard + year: "NY/T 875-2022", "ISO 27001-2013"
  /\d\.\d.*[\s()-]|[\s()-].*\d\.\d/, // dots mixed with other separators: "1.3 (2026-01-15)", "235.41 20 4"
];
/** Keyboard-run placeholders people type in examples: (123) 456-7890, 0123 456 789, 555-5555. */
const PLACEHOLDER = /^(?:0?1234567|987654|(\d)\1{6,})/;

/** The SSN's 3-2-4 grouping with spaces or dots: a phone only next to a phone word. */
const SSN_LAYOUT = /^\d{3}([ .])\d{2}\1\d{4}$/;
/**
 * A national mobile number written in one run with its trunk prefix ("09171234567" PH,
 * "05321234567" TR, "07911123456" GB): 10–11 digits from a leading 0 that a number plan calls a
 * mobile. Other ungrouped runs (order numbers, IDs) still need a phone word.
 */
const TRUNK_MOBILE = /^0\d{9,10}$/;

interface Hit { start: number; end: number; valid: boolean; possible: boolean; intl: boolean }

/**
 * libphonenumber verdicts of recent runs, by the run's text. A parse costs several µs per region
 * (up to 13 for a national run), and the composer is rescanned as the user types, so the same
 * numbers are parsed again and again; the verdict is a pure function of the text. Bounded: cleared
 * when full, so a paste of thousands of numbers cannot grow it.
 */
const VERDICTS_KEPT = 256;
const verdicts = new Map<string, { readonly valid: boolean; readonly possible: boolean }>();
const mobiles = new Map<string, boolean>();

function remember<V>(memo: Map<string, V>, key: string, compute: (key: string) => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= VERDICTS_KEPT) memo.clear();
    value = compute(key);
    memo.set(key, value);
  }
  return value;
}

function parseRun(raw: string, start: number): Hit {
  const intl = raw.startsWith('+') || raw.startsWith('00');
  const { valid, possible } = remember(verdicts, raw, verdictOf);
  return { start, end: start + raw.length, valid, possible, intl };
}

function verdictOf(raw: string): { valid: boolean; possible: boolean } {
  const intl = raw.startsWith('+') || raw.startsWith('00');
  const text = raw.startsWith('00') ? '+' + raw.slice(2) : raw;
  let possible = false;
  for (const region of intl ? [undefined] : REGIONS) {
    const n = parsePhoneNumberFromString(text, region);
    if (!n) continue;
    possible ||= n.isPossible();
    if (n.isValid()) return { valid: true, possible: true };
  }
  return { valid: false, possible };
}

/** Some listed region's plan calls the run a mobile number (GB reads "0917…" as premium rate, PH as mobile). */
const isMobileSomewhere = (raw: string): boolean =>
  remember(mobiles, raw, (run) =>
    REGIONS.some((region) => {
      const n = parsePhoneNumberFromString(run, region);
      return n !== undefined && n.isValid() && n.getType() === 'MOBILE';
    }),
  );

/** At most two groups of ≤ 6 digits: what a house number (with a flat number) can look like. */
const HOUSE_SHAPED = /^\d{1,6}(?:[ -]\d{1,5})?$/;

/** "17031 2202 Rissik St": digits that open a street line are a house number, not a phone. */
function opensStreet(text: string, start: number, end: number): boolean {
  ADDRESS_AT.lastIndex = start;
  const m = ADDRESS_AT.exec(text);
  return m !== null && m[0].length > end - start && STREET_WORD.test(m[0]);
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

/** All cheap checks run before libphonenumber parses anything: most digit runs end here. */
function candidate(text: string, lower: string, raw: string, start: number): Candidate | null {
  const end = start + raw.length;
  const digits = raw.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS) return null;
  // Dates, times, decimals and dotted versions that slip through the matcher.
  if (NOT_A_PHONE.some((re) => re.test(raw))) return null;
  // Part of a longer token (UUID, hash, SKU): the matcher cut a phone-shaped piece out of it.
  const before = text.slice(Math.max(0, start - 5), start);
  const after = text.slice(end, end + 5);
  if (/[\p{L}\d_]$|[0-9a-f]{4}-$/u.test(before) || /^[\p{L}\d_]|^-[0-9a-f]{4}/u.test(after)) return null;
  // E.164 caps a number at 15 digits; only an extension may add more (card and IBAN groups stop here).
  if (digits.length > (/(?:x|ext\.?|#) ?\d+$/.test(raw) ? MAX_DIGITS : E164_MAX)) return null;
  // Number plans group digits in 2–5s; a lone digit mid-number ("9-38-6-7810") is a code or a score.
  // The trunk prefix "(0)" and a leading country code are the exceptions.
  if (raw.replace(/\(0\)/, '').split(/[\s.\-/()]+/).filter(Boolean).slice(1).some((g) => g.length === 1)) return null;
  const word = findContext(lower, start, end, CONTEXT);
  // Grouping inside the number, not parentheses around it ("(105037970)" is an ID in brackets).
  const grouped = /\d[\s().\-/]+\d/.test(raw);
  const intl = raw.startsWith('+') || raw.startsWith('00');
  const trunkMobile = TRUNK_MOBILE.test(raw);
  // An ungrouped national run without a context word can never be reported: skip the parse. (Not
  // even when it is the whole message, unlike checksummed IDs: any 10 digits are valid somewhere.)
  if (!word && !grouped && !intl && !trunkMobile) return null;
  if (!word && SSN_LAYOUT.test(raw)) return null;
  if (findContext(lower, start, end, POSTCODE_LABELS, 24, 0) !== undefined) return null;
  if (!intl && HOUSE_SHAPED.test(raw) && /^[ ,]*\p{Lu}/u.test(text.slice(end, end + 3)) && opensStreet(text, start, end)) return null;
  // Without a context word, only a valid number written like a phone number (grouped or +CC) counts,
  // or a mobile written with its trunk prefix: the last needs only the mobile test (a mobile in some
  // plan is valid there), so its run is not parsed twice over all regions.
  // A weak word ("number") needs a number plan to agree; a phone word alone vouches for a grouped run.
  const mobileOnly = !word && !grouped && !intl;
  if (mobileOnly && !isMobileSomewhere(raw)) return null;
  const hit: Hit = mobileOnly ? { start, end, valid: true, possible: true, intl } : parseRun(raw, start);
  const ok = hit.valid
    ? word !== undefined || grouped || hit.intl || mobileOnly
    : word !== undefined && (hit.possible || (!WEAK.has(word) && grouped && digits.length <= 12));
  if (!ok) return null;
  const fictional = FICTIONAL.test(raw) || PLACEHOLDER.test(digits);
  return {
    start: hit.start,
    end: hit.end,
    rule: hit.intl ? 'phone-international' : 'phone-national',
    baseScore: hit.valid ? 0.7 : 0.4,
    confidence: Math.min(1, (hit.valid ? 0.7 : 0.4) + (word ? 0.25 : 0)),
    context: effects(word, 0.25),
    validator: { name: 'libphonenumber', passed: hit.valid, detail: hit.valid ? 'valid number plan' : 'possible length only' },
    ...(fictional ? { severity: 'low' as const, note: 'fictional or placeholder number' } : {}),
  };
}

const isLongEnough = (m: RegExpExecArray): boolean => digitCount(m[0]) >= MIN_DIGITS;

export const phone: Detector = {
  id: 'pii.phone',
  category: 'pii',
  description: 'Telephone numbers in international or national format.',
  validation: 'libphonenumber-js number plans (max metadata); national numbers need grouping or a context word',
  severity: 'medium',
  placeholder: 'PHONE',
  detect: ({ text, lower }) => {
    // Cheapest possible exit for prose: three digits within five characters.
    if (!/\d[^\n\d]{0,2}\d[^\n\d]{0,2}\d/.test(text)) return [];
    // Most runs are a number or two in code or prose ("0", "30 DAY"): skipped without allocating,
    // and not counted against the cap, so a long document's small numbers cannot end the scan.
    return scanAnchored(RUN_START, RUN, text, (m) => candidate(text, lower, m[0].replace(/[\s.\-/(]+$/, ''), m.index), { worth: isLongEnough });
  },
};
