import { onlyDigits, weightedSum } from '../lib/checksums';
import { defineId } from '../lib/define-id';

/** ATO tax file number: 9 digits, weights 1 4 3 7 5 8 6 9 10, sum divisible by 11. */
export const validTfn = (v: string): boolean => {
  const d = onlyDigits(v);
  return d.length === 9 && weightedSum(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
};

export const auTfn = defineId({
  id: 'pii.au_tfn',
  description: 'Australian tax file numbers.',
  validation: 'ATO weighted mod-11; needs a context word',
  placeholder: 'TFN',
  pattern: /(?<![\d-])\d{3}([ -]?)\d{3}\1\d{3}(?![\d-])/g,
  digitRun: 3,
  context: ['tfn', 'tax file'],
  validate: validTfn,
});
