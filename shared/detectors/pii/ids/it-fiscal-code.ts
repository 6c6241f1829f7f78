import { defineId } from '../lib/define-id';

/**
 * Codice fiscale (DM 23/12/1976): 6 letters, birth year, month letter, day (+40 for women),
 * municipality code, check letter. Digits may be replaced by letters (omocodia, LMNPQRSTUV).
 */
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

export function validCodiceFiscale(v: string): boolean {
  const s = v.toUpperCase();
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const n = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? ODD[n]! : n;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

const D = '[0-9LMNPQRSTUV]';
export const itFiscalCode = defineId({
  id: 'pii.it_fiscal_code',
  description: 'Italian fiscal codes (codice fiscale).',
  validation: 'structure (month letter, day range) + check character',
  placeholder: 'CODICE_FISCALE',
  // Anchored on the birth year's first digit (a digit-first regex; the six letters before it are the
  // look-behind's \`lead\`). Omocodia replaces digits from the right, so the year is a digit in practice.
  pattern: new RegExp(`\\d(?<=(?<![A-Za-z0-9])(?<lead>[A-Za-z]{6})\\d)${D}[ABCDEHLMPRSTabcdehlmprst]${D}{2}[A-Za-z]${D}{3}[A-Za-z](?![A-Za-z0-9])`, 'g'),
  digitRun: 1,
  context: ['codice fiscale', 'cf', 'fiscal'],
  validate: validCodiceFiscale,
  needsContext: () => false,
});
