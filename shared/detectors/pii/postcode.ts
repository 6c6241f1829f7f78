import type { Detector } from '../../engine/types';
import { findContext } from './lib/context';
import { scanRegex } from './lib/regex-scan';

/**
 * UK postcodes (Royal Mail format: outward A9 / A99 / AA9 / AA99 / A9A / AA9A, inward 9AA) are
 * distinctive enough alone; other countries' all-digit codes need a "zip"/"postcode" label.
 * A postcode alone covers thousands of people, so findings are low severity.
 */
const UK = /(?<![A-Za-z0-9])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/g;
const LABELLED = /(?<![\w-])\d{4,5}(?:-\d{3,4})?(?![\w-])/g;
const CONTEXT = ['zip', 'zipcode', 'zip code', 'postcode', 'postal code', 'post code', 'plz', 'cep', 'code postal'];

export const postcode: Detector = {
  id: 'pii.postcode',
  category: 'pii',
  description: 'Postcodes: UK format alone, other numeric codes after a zip/postcode label; low severity.',
  validation: 'Royal Mail outward/inward letter rules, or label',
  severity: 'low',
  placeholder: 'POSTCODE',
  detect: ({ text, lower }) => [
    ...scanRegex(UK, text, (m) => ({ start: m.index, end: m.index + m[0].length, rule: 'uk-postcode', confidence: 0.6 })),
    ...scanRegex(LABELLED, text, (m) =>
      findContext(lower, m.index, m.index, CONTEXT, 24, 0)
        ? { start: m.index, end: m.index + m[0].length, rule: 'labelled-zip', confidence: 0.7 }
        : null,
    ),
  ],
};
