import type { Detector } from '../../engine/types';
import { findDates } from './lib/date-patterns';

export const dateTime: Detector = {
  id: 'pii.date_time',
  category: 'pii',
  description: 'Dates and timestamps; a date alone is not sensitive, so this is low severity (redaction and DOB context only).',
  validation: 'calendar ranges for day/month; month names need a capital; a bare year only after a preposition or article',
  severity: 'low',
  placeholder: 'DATE',
  detect: (input) => findDates(input).map(({ start, end }) => ({ start, end, rule: 'date', confidence: 0.6 })),
};
