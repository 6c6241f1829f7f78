import type { Candidate, Detector } from '../../engine/types';
import { findContext, effects } from './lib/context';
import { hasDigitRun } from './lib/digit-gate';
import { scanIndexed } from './lib/run-layouts';
import { isStandalone, STANDALONE_CONFIDENCE } from './lib/standalone';

/** AAA-GG-SSSS with one consistent separator (dash, space, dot) or none. */
const SSN = /(?<![\d.-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d-]|\.\d)/g;
const CONTEXT = [
  'ssn', 'ssns', 'ssn#', 'social security', 'social sec', 'soc sec', 'social', 'ss#', 'ss #', 'ss no', 'ssa', 'taxpayer', 'tin', 'itin',
];
/**
 * A context word further away still names the column or the list a value sits in: a table header
 * ("Name | SSN | DOB") or a heading ("Employee SSNs:") a few lines up. Far context counts only for
 * a value laid out as a cell or a list item, so one "SSN" in a long text does not turn every
 * nine-digit number below it into one.
 */
const FAR_BEFORE = 400;
/** Before the value on its line: nothing, a bullet or item number, or a cell separator / label colon. */
const CELL_START = /(?:^[ \t]*(?:[-*•>]|\d{1,3}[.)])?[ \t]*|[,;|\t:][ \t]*)$/;
/** After it: the end of the cell or line. */
const CELL_END = /^[ \t]*(?:[,;|\t\r\n]|$)/;
/** Numbers the SSA voided after they were printed on sample cards (078-05-1120, 219-09-9999). */
const VOIDED = new Set(['078051120', '219099999']);
/** Widely used documentation examples; downgraded, not dropped. */
const EXAMPLES = new Set(['123456789', '111111111', '123121234']);

/** SSA rules (since 2011 randomisation): area ≠ 000, 666, 9xx; group ≠ 00; serial ≠ 0000. */
export function validSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

/** A cell or list item: the value ends its line or its cell, and the line reads as a row or an item. */
function laidOut(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return CELL_END.test(text.slice(end, end + 8)) && CELL_START.test(text.slice(Math.max(lineStart, start - 200), start));
}

export const usSsn: Detector = {
  id: 'pii.us_ssn',
  category: 'pii',
  description: 'US Social Security numbers.',
  validation: 'SSA area/group/serial rules; voided numbers rejected; undelimited form needs a context word (near, or heading its table/list) or to be the whole message',
  severity: 'high',
  placeholder: 'SSN',
  // Every form holds the four-digit serial as one run.
  detect: (input) => {
    if (!hasDigitRun(input, 4)) return [];
    const { text, lower } = input;
    // Only at the digit runs an SSN opens with (lib/run-layouts.ts). The callback is inline, not a
    // named const: tools that keep function names would name a closure per call.
    return scanIndexed('pii.us_ssn', input, SSN, (m): Candidate | null => {
      const [value, area = '', sep = '', group = '', serial = ''] = m;
      const digits = area + group + serial;
      if (!validSsn(area, group, serial) || VOIDED.has(digits)) return null;
      const start = m.index;
      const end = start + value.length;
      const near = findContext(lower, start, end, CONTEXT);
      const far = near ?? (laidOut(text, start, end) ? findContext(lower, start, start, CONTEXT, FAR_BEFORE, 0) : undefined);
      const alone = far === undefined && isStandalone(text, start, end);
      // Nine bare digits are every other ID (order, routing, phone): reported only with a word,
      // near or heading their table, or when they are all that was sent.
      if (sep === '' && far === undefined && !alone) return null;
      const example = EXAMPLES.has(digits);
      // Severity policy (documented in the README): with a context word, high (far: medium for
      // the bare form); the SSA's own AAA-GG-SSSS dashed layout alone, medium; space or dot groups
      // alone, or a bare value alone, low (they collide with phone numbers and dotted versions),
      // so they are redacted but never flag a prompt.
      const severity = example ? 'low' : near ? 'high' : far ? (sep === '' ? 'medium' : 'high') : sep === '-' ? 'medium' : 'low';
      return {
        start,
        end,
        rule: sep === '' ? (far ? 'ssn-bare-with-context' : 'ssn-bare-standalone') : 'ssn-delimited',
        baseScore: sep === '-' ? 0.6 : 0.4,
        confidence: near ? 0.95 : far ? 0.8 : alone && sep === '' ? STANDALONE_CONFIDENCE - 0.05 : 0.6,
        context: effects(far, near ? 0.35 : far ? 0.2 : 0),
        validator: { name: 'ssa-rules', passed: true },
        severity,
        ...(example ? { note: 'documentation example number' } : alone ? { note: 'the value is the whole message' } : {}),
      };
    });
  },
};
