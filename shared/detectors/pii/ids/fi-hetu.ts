import { defineId } from '../lib/define-id';

/** Finnish henkilötunnus: DDMMYY, century sign, 3-digit serial, check = CHARS[DDMMYYNNN mod 31] (DVV). */
const CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

export function validHetu(v: string): boolean {
  const s = v.toUpperCase();
  const day = Number(s.slice(0, 2));
  const month = Number(s.slice(2, 4));
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  return CHARS[Number(s.slice(0, 6) + s.slice(7, 10)) % 31] === s[10];
}

export const fiHetu = defineId({
  id: 'pii.fi_hetu',
  description: 'Finnish personal identity codes (henkilötunnus).',
  validation: 'birth date + mod-31 check character',
  placeholder: 'HETU',
  // Century signs: + (1800s), - and U–Y (1900s), A–F (2000s), per the 2023 reform.
  pattern: /(?<![A-Za-z0-9])\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y](?![A-Za-z0-9])/g,
  digitRun: 6,
  context: ['hetu', 'henkilötunnus', 'personal identity code', 'sotu'],
  validate: validHetu,
  needsContext: () => false,
});
