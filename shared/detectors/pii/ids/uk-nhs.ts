import { onlyDigits, weightedSum } from '../lib/checksums';
import { defineId, isBare, PHONE_WORDS } from '../lib/define-id';

/** NHS Digital data dictionary: 10 digits, mod-11 with weights 10…2; check 10 is never issued. */
export function validNhs(v: string): boolean {
  const d = onlyDigits(v);
  const check = 11 - (weightedSum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === d.charCodeAt(9) - 48;
}

export const ukNhs = defineId({
  id: 'pii.uk_nhs',
  description: 'UK NHS numbers (patient identifiers).',
  validation: 'NHS mod-11 check digit; bare 10 digits need a context word',
  placeholder: 'NHS',
  pattern: /(?<![\d-])\d{3}([ -]?)\d{3}\1\d{4}(?![\d-])/g,
  digitRun: 4,
  context: ['nhs', 'patient', 'chi', 'health'],
  validate: validNhs,
  needsContext: isBare,
  // 3-3-4 groups are also (NANP) phone numbers.
  vetoWords: PHONE_WORDS,
});
