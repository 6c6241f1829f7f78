import { weightedSum } from '../lib/checksums';
import { defineId } from '../lib/define-id';

/** PESEL: YYMMDD (month +20/+40/+60/+80 encodes the century), serial, weighted mod-10 check. */
export function validPesel(v: string): boolean {
  const check = (10 - (weightedSum(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  const month = Number(v.slice(2, 4)) % 20;
  const day = Number(v.slice(4, 6));
  return check === v.charCodeAt(10) - 48 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export const plPesel = defineId({
  id: 'pii.pl_pesel',
  description: 'Polish PESEL national identification numbers.',
  validation: 'encoded birth date + weighted mod-10 check digit',
  placeholder: 'PESEL',
  pattern: /(?<![\d-])\d{11}(?![\d-])/g,
  digitRun: 11,
  context: ['pesel'],
  validate: validPesel,
  needsContext: () => false,
});
