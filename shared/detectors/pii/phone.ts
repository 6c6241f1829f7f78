import { findNumbers, type NumberFound } from 'libphonenumber-js/max';
import type { Candidate, Detector } from '../../engine/types';
import { findContext, effects } from './lib/context';

/**
 * Phone numbers via libphonenumber's PhoneNumberMatcher (`findNumbers`, leniency POSSIBLE), with
 * the `max` metadata so `isValid()` checks real number plans rather than lengths only (the worker
 * tier can afford its ~150 KB; the content-script tier does not load this detector).
 *
 * A national-format number is ambiguous without a country, so the matcher runs once per region in
 * `REGIONS`; a `+`-prefixed number parses the same in all of them.
 */
const REGIONS = ['US', 'GB', 'DE', 'FR', 'IN', 'BR', 'AU'] as const;
const CONTEXT = [
  'phone', 'tel', 'telephone', 'mobile', 'cell', 'call', 'fax', 'contact', 'whatsapp', 'sms', 'text me',
  'ring', 'dial', 'reach', 'number', 'landline', 'ext', 'answering', 'hotline', 'tél', 'telefon', 'handy',
];
/** Fewer digits than this is an extension or a short code, not a personal number (ITU-T E.164 minimum NSN is 7 in practice). */
const MIN_DIGITS = 7;
/** Fictional ranges: NANP 555-0100…0199 (ATIS), Ofcom drama range 07700 900000…900999. */
const FICTIONAL = /(?:^|\D)555[-. )]*01\d\d(?:\D|$)|07700\s?900\d{3}|\+?44\s?7700\s?900\d{3}/;

/** Dates (2026-02-15, (2025–2026)), year ranges, decimals and dotted versions the matcher lets through. */
const NOT_A_PHONE = [
  /^\(?(?:19|20)\d{2}[-–./ ](?:0?[1-9]|1[0-2])[-–./ ](?:0?[1-9]|[12]\d|3[01])\)?$/,
  /^\(?(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}\)?$/,
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/,
  /^\d+\.\d+$/,
  /^\d+(?:\.\d+){2,}$/,
];

interface Hit { start: number; end: number; valid: boolean; intl: boolean }

function collect(text: string): Map<string, Hit> {
  const hits = new Map<string, Hit>();
  for (const region of REGIONS) {
    for (const f of findNumbers(text, { defaultCountry: region, v2: true, leniency: 'POSSIBLE' } as never) as unknown as NumberFound[]) {
      const found = f as unknown as { startsAt: number; endsAt: number; number: { isValid(): boolean } };
      const key = `${found.startsAt}:${found.endsAt}`;
      const prev = hits.get(key);
      const valid = found.number.isValid();
      hits.set(key, { start: found.startsAt, end: found.endsAt, valid: valid || (prev?.valid ?? false), intl: text[found.startsAt] === '+' });
    }
  }
  return hits;
}

function candidate(text: string, lower: string, hit: Hit): Candidate | null {
  const raw = text.slice(hit.start, hit.end);
  const digits = raw.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS) return null;
  // Dates, times, decimals and dotted versions that slip through the matcher.
  if (NOT_A_PHONE.some((re) => re.test(raw))) return null;
  // Part of a longer token (UUID, hash, SKU): the matcher cut a phone-shaped piece out of it.
  const before = text.slice(Math.max(0, hit.start - 5), hit.start);
  const after = text.slice(hit.end, hit.end + 5);
  if (/[\p{L}\d_]$|[0-9a-f]{4}-$/u.test(before) || /^[\p{L}\d_]|^-[0-9a-f]{4}/u.test(after)) return null;
  const word = findContext(lower, hit.start, hit.end, CONTEXT);
  const grouped = /[\s().-]/.test(raw);
  // Without a context word, only a valid number written like a phone number (grouped or +CC) counts.
  if (!word && !(hit.valid && (grouped || hit.intl))) return null;
  const fictional = FICTIONAL.test(raw);
  return {
    start: hit.start,
    end: hit.end,
    rule: hit.intl ? 'phone-international' : 'phone-national',
    baseScore: hit.valid ? 0.7 : 0.4,
    confidence: Math.min(1, (hit.valid ? 0.7 : 0.4) + (word ? 0.25 : 0)),
    context: effects(word, 0.25),
    validator: { name: 'libphonenumber', passed: hit.valid, detail: hit.valid ? 'valid number plan' : 'possible length only' },
    ...(fictional ? { severity: 'low' as const, note: 'fictional number range' } : {}),
  };
}

export const phone: Detector = {
  id: 'pii.phone',
  category: 'pii',
  description: 'Telephone numbers in international or national format.',
  validation: 'libphonenumber-js number plans (max metadata); national numbers need grouping or a context word',
  severity: 'medium',
  placeholder: 'PHONE',
  detect: ({ text, lower }) => {
    if (!/\d{2}\D?\d{2}\D?\d{2}/.test(text)) return [];
    const out: Candidate[] = [];
    for (const hit of collect(text).values()) {
      const c = candidate(text, lower, hit);
      if (c) out.push(c);
    }
    return out;
  },
  vectors: {
    positive: [
      { text: 'Call me on +44 20 7946 0958 tomorrow', match: '+44 20 7946 0958' },
      { text: 'my number is (602) 272-9781', match: '(602) 272-9781' },
      { text: 'Phone:\n467 3395', match: '467 3395' },
      { text: 'ring 0680 298 70 63 after six', match: '0680 298 70 63' },
      { text: 'call (415) 555-0132 for the demo', match: '(415) 555-0132', severity: 'low' },
    ],
    negative: ['released 2021-05-21', 'version 10.2.3.4', 'order 20230415 shipped', 'pi is 3.14159265', 'invoice 4155550132'],
  },
};
