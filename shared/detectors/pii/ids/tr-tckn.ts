import { defineId } from '../lib/define-id';

/** T.C. Kimlik No: 11 digits, first ≠ 0; digits 10 and 11 are checks (NVİ algorithm). */
export function validTckn(v: string): boolean {
  const d = v.split('').map(Number);
  if (d.length !== 11 || d[0] === 0) return false;
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return d10 === d[9] && d11 === d[10];
}

export const trTckn = defineId({
  id: 'pii.tr_tckn',
  description: 'Turkish national identity numbers (TC Kimlik No).',
  validation: 'two NVİ check digits',
  placeholder: 'TCKN',
  pattern: /(?<![\d-])[1-9]\d{10}(?![\d-])/g,
  digitRun: 11,
  context: ['tc', 'tckn', 'kimlik', 'vatandaşlık', 'turkish id', 'tc no'],
  validate: validTckn,
  needsContext: () => false,
});
