import type { Detector } from '../../engine/types';
import { scanLabelled } from './lib/labelled-value';

/**
 * Passport numbers have no shared checksum outside the MRZ, and 6–9 alphanumerics are everywhere,
 * so only values right after a passport label count (ICAO 9303 allows up to 9 characters).
 */
const SPEC = {
  label: /\b(?:passport|passeport|reisepass|pasaporte|passaporto|여권)/giu,
  value: /(?<![A-Za-z0-9])(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{6,9}(?![A-Za-z0-9])/,
  reach: 30,
  rule: 'passport-label',
};

export const passport: Detector = {
  id: 'pii.passport',
  category: 'pii',
  description: 'Passport numbers next to a passport label.',
  validation: 'ICAO 9303 length (6–9 alphanumerics with a digit) + label within a few words',
  severity: 'high',
  placeholder: 'PASSPORT',
  keywords: ['passport', 'passeport', 'reisepass', 'pasaporte', 'passaporto', '여권'],
  detect: ({ text }) => scanLabelled(text, SPEC),
};
