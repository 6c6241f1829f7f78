import { weightedSum } from '../lib/checksums';
import { defineId } from '../lib/define-id';

/** ICA NRIC/FIN: prefix S/T (citizens), F/G/M (foreigners), 7 digits, weighted mod-11 check letter. */
const WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
const ST = 'JZIHGFEDCBA';
const FG = 'XWUTRQPNMLK';
const M = 'KLJNPQRTUWX';

export function validNric(v: string): boolean {
  const s = v.toUpperCase();
  const prefix = s[0]!;
  const offset = prefix === 'T' || prefix === 'G' ? 4 : prefix === 'M' ? 3 : 0;
  const r = (weightedSum(s.slice(1, 8), WEIGHTS) + offset) % 11;
  const table = prefix === 'S' || prefix === 'T' ? ST : prefix === 'M' ? M : FG;
  return table[prefix === 'M' ? 10 - r : r] === s[8];
}

export const sgNric = defineId({
  id: 'pii.sg_nric',
  description: 'Singapore NRIC / FIN numbers.',
  validation: 'ICA weighted mod-11 check letter',
  placeholder: 'NRIC',
  pattern: /(?<![A-Za-z0-9])[STFGMstfgm]\d{7}[A-Za-z](?![A-Za-z0-9])/g,
  digitRun: 7,
  context: ['nric', 'fin', 'ic number', 'identity card'],
  validate: validNric,
  needsContext: () => false,
});
