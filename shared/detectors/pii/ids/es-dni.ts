import { defineId } from '../lib/define-id';

/** Ministerio del Interior: control letter = LETTERS[number mod 23]; NIE maps X/Y/Z to 0/1/2. */
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function validDniNie(v: string): boolean {
  const s = v.toUpperCase().replace(/[\s-]/g, '');
  const body = s.slice(0, -1).replace(/^[XYZ]/, (c) => String('XYZ'.indexOf(c)));
  return /^\d{8}$/.test(body) && LETTERS[Number(body) % 23] === s.slice(-1);
}

export const esDni = defineId({
  id: 'pii.es_dni',
  description: 'Spanish DNI/NIF and NIE numbers.',
  validation: 'mod-23 control letter',
  placeholder: 'DNI',
  pattern: /(?<![A-Za-z0-9])(?:\d{8}|[XYZxyz][ -]?\d{7})[ -]?[A-Za-z](?![A-Za-z0-9])/g,
  context: ['dni', 'nif', 'nie', 'documento', 'identidad'],
  validate: validDniNie,
  needsContext: () => false,
});
