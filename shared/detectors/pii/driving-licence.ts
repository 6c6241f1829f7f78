import type { Detector } from '../../engine/types';
import { scanLabelled } from './lib/labelled-value';

/** US state formats run 1–19 alphanumerics with dashes; the UK DVLA number is 16 characters. */
const SPEC = {
  label: /\b(?:driv(?:er'?s?|ing)[ -]licen[cs]e|DL|licen[cs]e (?:no|number|#)|führerschein|permis de conduire|patente)/giu,
  value: /(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{4,18}[A-Za-z0-9](?![A-Za-z0-9-])/,
  reach: 30,
  rule: 'licence-label',
};

export const drivingLicence: Detector = {
  id: 'pii.driving_licence',
  category: 'pii',
  description: "Driving licence numbers next to a licence label.",
  validation: 'alphanumeric 6–20 with a digit + label within a few words',
  severity: 'high',
  placeholder: 'DRIVING_LICENCE',
  keywords: ['licen', 'dl', 'führerschein', 'permis', 'patente'],
  detect: ({ text }) => scanLabelled(text, SPEC),
};
