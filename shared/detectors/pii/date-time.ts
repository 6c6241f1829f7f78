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
  vectors: {
    positive: [
      { text: 'It has been like that since 1/23/1984', match: '1/23/1984' },
      { text: '2024-06-05T09:15:30.500-07:00' },
      { text: 'on May 1st, 1977 we met', match: 'May 1st, 1977' },
      { text: 'written in 1972 by', match: '1972' },
      { text: 'see you Saturday', match: 'Saturday' },
    ],
    negative: ['you may go', 'version 1.2.3', 'ratio 3/4 of', 'port 2021', '13/13/2020'],
  },
};
