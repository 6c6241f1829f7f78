import { luhn, onlyDigits } from '../lib/checksums';
import { defineId } from '../lib/define-id';

/** Skatteverket: (CC)YYMMDD-NNNC, Luhn over the 10-digit form; day +60 marks a samordningsnummer. */
export function validPersonnummer(v: string): boolean {
  const d = onlyDigits(v).slice(-10);
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6)) % 60;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && luhn(d);
}

export const sePersonnummer = defineId({
  id: 'pii.se_personnummer',
  description: 'Swedish personal identity numbers (personnummer).',
  validation: 'birth date + Luhn; the undelimited form needs a context word',
  placeholder: 'PERSONNUMMER',
  pattern: /(?<![\d-])(?:19|20)?\d{6}[-+]?\d{4}(?![\d-])/g,
  digitRun: 6,
  context: ['personnummer', 'personnr', 'pnr', 'samordningsnummer', 'swedish id', 'personal identity number', 'personal number', 'identity number', 'id code'],
  validate: validPersonnummer,
  needsContext: (v) => !/[-+]/.test(v),
});
