import { luhn, onlyDigits } from '../lib/checksums';
import { defineId, isBare, PHONE_WORDS } from '../lib/define-id';

/** Service Canada: 9 digits, Luhn; first digit 0 is unassigned and 8 is for business numbers. */
export const caSin = defineId({
  id: 'pii.ca_sin',
  description: 'Canadian Social Insurance Numbers.',
  validation: 'Luhn; first digit not 0 or 8; bare 9 digits need a context word',
  placeholder: 'SIN',
  pattern: /(?<![\d-])[1-79]\d{2}([- ]?)\d{3}\1\d{3}(?![\d-])/g,
  digitRun: 3,
  context: ['sin', 'social insurance', 'numéro d\'assurance sociale', 'nas'],
  validate: (v) => luhn(onlyDigits(v)),
  needsContext: isBare,
  // 3-3-3 groups are also phone numbers: "not answering at 516 466 638".
  vetoWords: PHONE_WORDS,
});
