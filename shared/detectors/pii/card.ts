import type { Candidate, Detector } from '../../engine/types';
import { luhn } from './lib/checksums';
import { cardScheme } from './lib/card-iin';
import { findContext, effects } from './lib/context';
import { isTestCard } from './lib/example-data';
import { scanRegex } from './lib/regex-scan';

/**
 * A run of 12–19 digits with optional single space/dash separators; each repeat eats one digit.
 * Not glued to a word, a decimal, or LaTeX/code tokens (`{dx}1802…`, `x^2`). Letters are listed as
 * script ranges rather than `\p{L}`: a `/u` look-behind made this scan three times slower.
 */
const DIGIT_RUN = /(?<![A-Za-z\u00C0-\u02AF\u0370-\u1FFF\u2C00-\uD7FF\d.,/{}^_\\-])\d(?:[ -]?\d){11,22}(?!\d)/g;
const CONTEXT = ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'pan', 'cc', 'payment', 'cvv', 'expiry'];

/**
 * A run may hold a card plus a following number ("4111 1111 1111 1111 12 25"), so try every prefix
 * that ends on a group boundary, longest first. Mixed separators ("4111-1111 1111") are rejected.
 */
function bestCard(run: string, anyScheme: boolean): { len: number; digits: string; scheme: string } | undefined {
  const ends: number[] = [run.length];
  for (let i = run.length - 1; i > 0; i--) if (run[i] === ' ' || run[i] === '-') ends.push(i);
  for (const end of ends) {
    const prefix = run.slice(0, end);
    if (prefix.includes(' ') && prefix.includes('-')) continue;
    const digits = prefix.replace(/\D/g, '');
    if (digits.length < 12 || digits.length > 19) continue;
    const scheme = cardScheme(digits) ?? (anyScheme ? 'unknown-iin' : undefined);
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
      // An issuer range we do not list (private-label, new BINs) still counts next to a card word,
      // as in Presidio's credit-card recognizer: Luhn fails 9 in 10 random numbers.
      const near = findContext(lower, m.index, m.index + m[0].length, CONTEXT);
      const hit = bestCard(m[0], near !== undefined);
      if (!hit) return null;
      const end = m.index + hit.len;
      // The run may continue into the next card ("4012… 4012-8888-…"): resume right after this one.
      DIGIT_RUN.lastIndex = end;
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
};
