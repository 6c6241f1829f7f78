import type { Detector } from '../../engine/types';
import { DATE, plausibleDate, trimPreposition } from './lib/date-patterns';
import { scanRegex } from './lib/regex-scan';

export const dateTime: Detector = {
  id: 'pii.date_time',
  category: 'pii',
  description: 'Dates and timestamps; a date alone is not sensitive, so this is low severity (redaction and DOB context only).',
  validation: 'calendar ranges for day/month; month names need a capital',
  severity: 'low',
  placeholder: 'DATE',
  detect: ({ text }) =>
    scanRegex(DATE, text, (m) => {
      if (!plausibleDate(m[0])) return null;
      const skip = trimPreposition(m[0]);
      return { start: m.index + skip, end: m.index + m[0].length, rule: 'date', confidence: 0.6 };
    }),
};
