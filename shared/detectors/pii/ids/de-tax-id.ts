import { iso7064Mod11_10, onlyDigits } from '../lib/checksums';
import { defineId } from '../lib/define-id';

/**
 * Steuerliche Identifikationsnummer (§139b AO): 11 digits, first ≠ 0, ISO 7064 mod 11,10 check;
 * in the first 10 digits exactly one digit repeats (twice, or three times since 2016).
 */
export function validSteuerId(v: string): boolean {
  const d = onlyDigits(v);
  if (d.length !== 11 || d[0] === '0') return false;
  const counts = new Map<string, number>();
  for (const c of d.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  return repeated.length === 1 && repeated[0]! <= 3 && iso7064Mod11_10(d);
}

export const deTaxId = defineId({
  id: 'pii.de_tax_id',
  description: 'German tax identification numbers (Steuer-ID).',
  validation: 'ISO 7064 mod 11,10 + digit-repetition rule; needs a context word (11 digits are ambiguous)',
  placeholder: 'STEUER_ID',
  pattern: /(?<![\d-])[1-9]\d( ?)\d{3}\1\d{3}\1\d{3}(?![\d-])/g,
  digitRun: 3,
  context: ['steuer', 'steuer-id', 'steuerid', 'idnr', 'identifikationsnummer', 'tax id', 'tin'],
  validate: validSteuerId,
});
