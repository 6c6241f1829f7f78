import type { Candidate, Detector } from '../../engine/types';
import { hasDigitRun } from './lib/digit-gate';
import { scanLabelled } from './lib/labelled-value';
import { joinCandidates, scanRegex } from './lib/regex-scan';

/** US state formats run 1–19 alphanumerics with dashes; the UK DVLA number is 16 characters. */
const SPEC = {
  anchors: ['driv', 'dl', 'licen', 'führerschein', 'permis de conduire', 'patente', 'licencia de conducir', 'rijbewijs', 'körkort', 'prawo jazdy', '운전면허'],
  label:
    /(?:driv(?:er['’]?s?|ing)[ -]licen[cs]e|DL(?![A-Za-z])|licen[cs]e (?:no|number|#)|führerschein|permis de conduire|patente|licencia de conducir|rijbewijs|körkort|prawo jazdy|운전면허)/iy,
  value: /(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{4,18}[A-Za-z0-9](?![A-Za-z0-9-])/,
  reach: 30,
  rule: 'licence-label',
  valueFirst: true,
};

/**
 * The DVLA driver number is self-describing enough to stand alone (like a NINO): surname (5,
 * padded with 9), decade digit, birth month (+50 for women), day, year digit, two initials
 * (9-padded), a digit and two check letters. Anchored on its six digits, whose first follows the
 * surname's last letter or 9 (the look-behind): inside a long run of other digits the scan moves on
 * after one character instead of reading six at every position (~70 ms per MB of digits, issue #4).
 */
const DVLA = /\d(?<=[A-Z9]\d)\d{5}[A-Z9]{2}\d[A-Z]{2}(?![A-Za-z0-9])/g;
const SURNAME = /^[A-Z]{1,5}9*$/;

function dvla(text: string, m: RegExpExecArray): Candidate | null {
  const start = m.index - 5;
  if (start < 0 || /[A-Za-z0-9]/.test(text.charAt(start - 1))) return null;
  const surname = text.slice(start, m.index);
  if (surname.length !== 5 || !SURNAME.test(surname)) return null;
  const month = Number(m[0].slice(1, 3)) % 50;
  const day = Number(m[0].slice(3, 5));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { start, end: m.index + m[0].length, rule: 'dvla-format', confidence: 0.75, severity: 'medium', validator: { name: 'dvla-layout', passed: true } };
}

export const drivingLicence: Detector = {
  id: 'pii.driving_licence',
  category: 'pii',
  description: 'Driving licence numbers next to a licence label; UK DVLA numbers alone.',
  validation: 'alphanumeric 6–20 with a digit + label within a few words; DVLA layout (birth date encoded)',
  severity: 'high',
  placeholder: 'DRIVING_LICENCE',
  // A labelled value holds a digit; a DVLA number a run of six.
  detect: (input) => {
    if (!hasDigitRun(input, 1)) return [];
    const { text, lower } = input;
    const labelled = scanLabelled(text, lower, SPEC);
    if (!hasDigitRun(input, 6)) return labelled;
    const taken = new Set(labelled.map((c) => c.start));
    return joinCandidates(labelled, scanRegex(DVLA, text, (m) => (taken.has(m.index - 5) ? null : dvla(text, m))));
  },
};
