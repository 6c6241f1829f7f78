import type { Candidate, Detector } from '../../engine/types';
import { scanLabelled } from './lib/labelled-value';
import { isStandalone, STANDALONE_CONFIDENCE } from './lib/standalone';

/**
 * Passport numbers have no shared checksum outside the MRZ, and 6–9 alphanumerics are everywhere,
 * so only values next to a passport label count (ICAO 9303 allows up to 9 characters): after it
 * ("Passport No: AB1234567", "Passports: A and B") or right before it ("AAA123456 es mi número de
 * pasaporte"). Labels in the languages of the IDs this registry knows.
 */
const LABELS = [
  'passport', 'passeport', 'reisepass', 'pasaporte', 'passaporto', 'passaporte', 'paspoort', 'pasaport', 'paszport',
  'паспорт', '여권', 'パスポート', '旅券', '护照', '護照', 'पासपोर्ट',
];
const SPEC = {
  anchors: LABELS,
  label: new RegExp(`(?:${LABELS.join('|')})`, 'iy'),
  value: /(?<![A-Za-z0-9])(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{6,9}(?![A-Za-z0-9])/,
  reach: 30,
  rule: 'passport-label',
  valueFirst: true,
};

/**
 * German passport numbers carry an ICAO 9303 check digit (weights 7-3-1) in their ninth
 * character, over a restricted alphabet (BMI): checkable, so one is reported even without a label
 * when it is the whole message (at low severity, lib/standalone.ts).
 */
const GERMAN = /^[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{7}\d$/;
function icaoCheck(value: string): boolean {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = value.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * weights[i % 3]!;
  }
  return sum % 10 === value.charCodeAt(8) - 48;
}

function germanAlone(text: string): Candidate[] {
  const start = text.search(/\S/);
  const value = text.trim();
  if (!GERMAN.test(value) || !icaoCheck(value) || !isStandalone(text, start, start + 9)) return [];
  return [{ start, end: start + 9, rule: 'de-passport-standalone', confidence: STANDALONE_CONFIDENCE, severity: 'low', validator: { name: 'icao-9303', passed: true }, note: 'the value is the whole message' }];
}

export const passport: Detector = {
  id: 'pii.passport',
  category: 'pii',
  description: 'Passport numbers next to a passport label (before or after it).',
  validation: 'ICAO 9303 length (6–9 alphanumerics with a digit) + label within a few words; German numbers by check digit when alone',
  severity: 'high',
  placeholder: 'PASSPORT',
  detect: ({ text, lower }) => {
    const labelled = scanLabelled(text, lower, SPEC);
    return labelled.length > 0 || text.length > 64 ? labelled : germanAlone(text);
  },
};
