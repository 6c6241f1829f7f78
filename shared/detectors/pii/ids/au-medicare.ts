import { onlyDigits, weightedSum } from '../lib/checksums';
import { defineId } from '../lib/define-id';

/** Services Australia: 10 digits (+ optional issue digit), first 2–6, weights 1 3 7 9 1 3 7 9 mod 10 = 9th digit. */
export const validMedicare = (v: string): boolean => {
  const d = onlyDigits(v);
  return weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === d.charCodeAt(8) - 48;
};

export const auMedicare = defineId({
  id: 'pii.au_medicare',
  description: 'Australian Medicare card numbers.',
  validation: 'weighted mod-10 check digit; needs a context word',
  placeholder: 'MEDICARE',
  pattern: /(?<![\d-])[2-6]\d{3}([ -]?)\d{5}\1\d(?:[ -]?\d)?(?![\d-])/g,
  digitRun: 5,
  context: ['medicare'],
  validate: validMedicare,
});
