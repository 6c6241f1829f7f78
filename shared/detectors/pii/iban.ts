import type { Candidate, Detector } from '../../engine/types';
import { ibanMod97 } from './lib/checksums';
import { hasDigitRun } from './lib/digit-gate';
import { IBAN_LENGTHS } from './lib/iban-lengths';
import { scanIndexed } from './lib/run-layouts';

/**
 * Country code + 2 check digits, then up to 30 alphanumerics with optional single space/dash
 * separators (each repeat consumes one character, so matching is linear). The country's fixed
 * length (ISO 13616 registry) then decides where the IBAN really ends.
 */
const IBAN_RUN = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,30}/g;

function candidate(m: RegExpExecArray): Candidate | null {
  const country = m[0].slice(0, 2).toUpperCase();
  const length = IBAN_LENGTHS[country];
  if (!length) return null;
  // Walk the run until `length` alphanumerics are consumed.
  let count = 0;
  let end = 0;
  const run = m[0];
  while (end < run.length && count < length) {
    if (/[A-Za-z0-9]/.test(run[end]!)) count++;
    end++;
  }
  if (count < length || /[A-Za-z0-9]/.test(run[end] ?? text(m, end))) return null;
  const iban = run.slice(0, end).replace(/[ -]/g, '').toUpperCase();
  if (!ibanMod97(iban)) return null;
  return {
    start: m.index,
    end: m.index + end,
    rule: 'iban',
    confidence: 0.95,
    validator: { name: 'mod97', passed: true, detail: country },
  };
}

/** The character after the run in the full input (a run may stop before a following letter). */
function text(m: RegExpExecArray, end: number): string {
  return m.input.charAt(m.index + end);
}

export const iban: Detector = {
  id: 'pii.iban',
  category: 'pii',
  description: 'International bank account numbers (IBAN), compact or in groups of four.',
  validation: 'ISO 13616 country length + ISO 7064 mod-97 check digits',
  severity: 'high',
  placeholder: 'IBAN',
  // The two check digits are a run of at least two.
  // The check digits open a run of digits two letters in: only those runs are tried (lib/run-layouts.ts).
  detect: (input) => (hasDigitRun(input, 2) ? scanIndexed('pii.iban', input, IBAN_RUN, candidate) : []),
};
