import { onlyDigits, verhoeff } from '../lib/checksums';
import { defineId, isBare, PHONE_WORDS } from '../lib/define-id';

/** UIDAI: 12 digits, never starting 0 or 1, Verhoeff check digit; usually printed 4-4-4. */
export const inAadhaar = defineId({
  id: 'pii.in_aadhaar',
  description: 'Indian Aadhaar numbers.',
  validation: 'Verhoeff check digit; first digit 2–9; groups of 4 by space, dash or colon; bare 12 digits need a context word',
  placeholder: 'AADHAAR',
  pattern: /(?<![\d:-])[2-9]\d{3}([ :-]?)\d{4}\1\d{4}(?![\d:-])/g,
  digitRun: 4,
  context: ['aadhaar', 'aadhar', 'uidai', 'uid', 'आधार'],
  validate: (v) => {
    const d = onlyDigits(v);
    return verhoeff(d) && d !== d.split('').reverse().join('');
  },
  needsContext: isBare,
  vetoWords: PHONE_WORDS,
});
