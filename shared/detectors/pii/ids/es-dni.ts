import { defineId } from '../lib/define-id';

/** Ministerio del Interior: control letter = LETTERS[number mod 23]; NIE maps X/Y/Z to 0/1/2. */
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function validDniNie(v: string): boolean {
  const s = v.toUpperCase().replace(/[\s-]/g, '');
  // DNIs issued with a leading zero are often written with 7 digits ("1111111G").
  const body = s.slice(0, -1).replace(/^[XYZ]/, (c) => String('XYZ'.indexOf(c))).padStart(8, '0');
  return /^\d{8}$/.test(body) && LETTERS[Number(body) % 23] === s.slice(-1);
}

export const esDni = defineId({
  id: 'pii.es_dni',
  description: 'Spanish DNI/NIF and NIE numbers.',
  validation: 'mod-23 control letter; the 7-digit form (leading zero dropped) needs a context word',
  placeholder: 'DNI',
  pattern: /(?<![A-Za-z0-9])(?:\d{7,8}|[XYZxyz][ -]?\d{7})[ -]?[A-Za-z](?![A-Za-z0-9])/g,
  digitRun: 7,
  context: ['dni', 'nif', 'nie', 'documento', 'identidad'],
  validate: validDniNie,
  needsContext: (v) => /^\d{7}[ -]?[A-Za-z]$/.test(v),
});
