import type { Detector } from '../../engine/types';
import { findContext, effects } from './lib/context';
import { hasDigitRun } from './lib/digit-gate';
import { scanRegex } from './lib/regex-scan';

/**
 * HMRC NIM39110: two prefix letters (first not D F I Q U V, second not D F I O Q U V), six digits,
 * suffix A–D. Pairs BG GB KN NK NT TN ZZ are never issued. Case-insensitive: people type it lower.
 */
const NINO = /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![A-Za-z0-9])/gi;
const NEVER_ISSUED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const CONTEXT = ['national insurance', 'nino', 'ni number', 'ni no', 'nic'];

export const ukNino: Detector = {
  id: 'pii.uk_nino',
  category: 'pii',
  description: 'UK National Insurance numbers.',
  validation: 'HMRC prefix/suffix letter rules; never-issued prefixes rejected',
  severity: 'high',
  placeholder: 'NINO',
  // The six digits come in pairs at least.
  detect: (input) => {
    if (!hasDigitRun(input, 2)) return [];
    const { text, lower } = input;
    return scanRegex(NINO, text, (m) => {
      if (NEVER_ISSUED.has(m[1]!.toUpperCase())) return null;
      const word = findContext(lower, m.index, m.index + m[0].length, CONTEXT);
      return {
        start: m.index,
        end: m.index + m[0].length,
        rule: 'nino',
        baseScore: 0.75,
        confidence: word ? 0.95 : 0.75,
        context: effects(word, 0.2),
        validator: { name: 'hmrc-prefix', passed: true },
      };
    });
  },
};
