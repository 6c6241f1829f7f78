import type { Candidate, Detector } from '../../engine/types';
import { findContext, effects } from './lib/context';
import { scanRegex } from './lib/regex-scan';

/** AAA-GG-SSSS with one consistent separator (dash, space, dot) or none. */
const SSN = /(?<![\d.-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d-]|\.\d)/g;
const CONTEXT = ['ssn', 'ssns', 'social security', 'social sec', 'ss#', 'ss #', 'ssa', 'taxpayer', 'tin', 'itin'];
/** Numbers the SSA voided after they were printed on sample cards (078-05-1120, 219-09-9999). */
const VOIDED = new Set(['078051120', '219099999']);
/** Widely used documentation examples; downgraded, not dropped. */
const EXAMPLES = new Set(['123456789', '111111111', '123121234']);

/** SSA rules (since 2011 randomisation): area ≠ 000, 666, 9xx; group ≠ 00; serial ≠ 0000. */
export function validSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

export const usSsn: Detector = {
  id: 'pii.us_ssn',
  category: 'pii',
  description: 'US Social Security numbers.',
  validation: 'SSA area/group/serial rules; voided numbers rejected; undelimited form needs a context word',
  severity: 'high',
  placeholder: 'SSN',
  detect: ({ text, lower }) =>
    scanRegex(SSN, text, (m): Candidate | null => {
      const [value, area = '', sep = '', group = '', serial = ''] = m;
      const digits = area + group + serial;
      if (!validSsn(area, group, serial) || VOIDED.has(digits)) return null;
      const word = findContext(lower, m.index, m.index + value.length, CONTEXT);
      // Nine bare digits are every other ID (order, routing, phone): never reported without a word.
      if (sep === '' && !word) return null;
      const example = EXAMPLES.has(digits);
      // Severity policy (documented in the README): with a context word, high; the SSA's own
      // AAA-GG-SSSS dashed layout alone, medium; space or dot groups alone, low (they collide with
      // grouped phone numbers and dotted versions), so they are redacted but never flag a prompt.
      const severity = example ? 'low' : word ? 'high' : sep === '-' ? 'medium' : 'low';
      return {
        start: m.index,
        end: m.index + value.length,
        rule: sep === '' ? 'ssn-bare-with-context' : 'ssn-delimited',
        baseScore: sep === '-' ? 0.6 : 0.4,
        confidence: word ? 0.95 : 0.6,
        context: effects(word, word ? 0.35 : 0),
        validator: { name: 'ssa-rules', passed: true },
        severity,
        ...(example ? { note: 'documentation example number' } : {}),
      };
    }),
};
