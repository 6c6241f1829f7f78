import { defineId } from '../lib/define-id';

/** IRS ITIN: 9XX-GG-XXXX with group 50–65, 70–88, 90–92 or 94–99 (IRS Pub. 1915, 2023). */
const ITIN_GROUP = /^(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])$/;

export const usItin = defineId({
  id: 'pii.us_itin',
  description: 'US Individual Taxpayer Identification Numbers.',
  validation: 'IRS group ranges; undelimited form needs a context word',
  placeholder: 'ITIN',
  pattern: /(?<![\d-])9\d{2}([- ]?)\d{2}\1\d{4}(?![\d-])/g,
  digitRun: 4,
  context: ['itin', 'taxpayer', 'tax id', 'tin'],
  validate: (v) => ITIN_GROUP.test(v.replace(/\D/g, '').slice(3, 5)),
  needsContext: (v) => !/-/.test(v),
});
