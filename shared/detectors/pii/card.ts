import type { Candidate, Detector } from '../../engine/types';
import { luhn } from './lib/checksums';
import { cardScheme } from './lib/card-iin';
import { findContext, effects } from './lib/context';
import { isTestCard } from './lib/example-data';
import { scanRegex } from './lib/regex-scan';

/** A run of 12–19 digits with optional single space/dash separators; each repeat eats one digit. */
const DIGIT_RUN = /(?<![\d.,/-])\d(?:[ -]?\d){11,22}(?![\d])/g;
const CONTEXT = ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'pan', 'cc', 'payment', 'cvv', 'expiry'];

/**
 * A run may hold a card plus a following number ("4111 1111 1111 1111 12 25"), so try every prefix
 * that ends on a group boundary, longest first. Mixed separators ("4111-1111 1111") are rejected.
 */
function bestCard(run: string): { len: number; digits: string; scheme: string } | undefined {
  const ends: number[] = [run.length];
  for (let i = run.length - 1; i > 0; i--) if (run[i] === ' ' || run[i] === '-') ends.push(i);
  for (const end of ends) {
    const prefix = run.slice(0, end);
    if (prefix.includes(' ') && prefix.includes('-')) continue;
    const digits = prefix.replace(/\D/g, '');
    if (digits.length < 12 || digits.length > 19) continue;
    const scheme = cardScheme(digits);
    if (scheme && luhn(digits)) return { len: end, digits, scheme };
  }
  return undefined;
}

export const card: Detector = {
  id: 'pii.card',
  category: 'pii',
  description: 'Payment card numbers (PAN), with or without space/dash separators.',
  validation: 'IIN range and length per scheme + Luhn; published test cards downgraded to low',
  severity: 'high',
  placeholder: 'CARD',
  detect: ({ text, lower }) =>
    scanRegex(DIGIT_RUN, text, (m): Candidate | null => {
      const hit = bestCard(m[0]);
      if (!hit) return null;
      const end = m.index + hit.len;
      const word = findContext(lower, m.index, end, CONTEXT);
      const test = isTestCard(hit.digits);
      // 12-digit Maestro numbers are also Aadhaar/phone-shaped: demand context for them.
      if (hit.digits.length < 13 && !word) return null;
      return {
        start: m.index,
        end,
        rule: hit.scheme,
        baseScore: 0.8,
        confidence: word ? 0.95 : 0.8,
        context: effects(word, 0.15),
        validator: { name: 'luhn', passed: true, detail: hit.scheme },
        ...(test ? { severity: 'low' as const, note: 'published test card number' } : {}),
      };
    }),
  vectors: {
    positive: [
      { text: 'My card 4735 2376 7710 6546 expires soon', match: '4735 2376 7710 6546' },
      { text: '4454794511390933' },
      { text: 'amex 340376792748116 please', match: '340376792748116' },
      { text: 'card number 630427373398 is lost', match: '630427373398' },
      { text: 'pay with 4111-1111-1111-1111 12/27', match: '4111-1111-1111-1111', severity: 'low' },
    ],
    negative: ['4735237677106547', '1234 5678 9012 3456', 'order 630427373398 shipped', '4111-1111 1111-1111', 'id 9999999999999999'],
  },
};
