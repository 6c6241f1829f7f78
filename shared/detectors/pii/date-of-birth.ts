import type { Detector } from '../../engine/types';
import { findContext, effects } from './lib/context';
import { nearExampleData } from './lib/example-data';
import { nearPublicFigure } from './lib/public-figures';
import { findDates } from './lib/date-patterns';

/** Phrases that make a nearby date a birth date (HIPAA Safe Harbor lists birth dates as identifiers). */
const CONTEXT = ['dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'born', 'birthday', 'geboren', 'né', 'née', 'fecha de nacimiento', 'date de naissance'];

export const dateOfBirth: Detector = {
  id: 'pii.date_of_birth',
  category: 'pii',
  description: 'Dates of birth: a date next to "DOB", "born", "date of birth" …',
  validation: 'date shape + birth context word within ~6 words before',
  severity: 'medium',
  placeholder: 'DOB',
  // No keyword prefilter: every context word is checked in each date's own 40-character window,
  // and the dates are found once per input for pii.date_time anyway. The engine's prefilter was a
  // union search of the whole text (`dob|birth|born|…`, first letters common in prose): ~3 µs of a
  // 1 KB prompt, more than the window checks it saved (issue #4).
  detect: (input) =>
    findDates(input).flatMap(({ start, end }) => {
      const { lower } = input;
      const word = findContext(lower, start, end, CONTEXT, 40, 0);
      if (!word) return [];
      const note = nearPublicFigure(lower, start) ? 'public figure' : nearExampleData(lower, start, end) ? 'example data nearby' : undefined;
      return [{
        start, end, rule: 'date+birth-context', baseScore: 0.3, confidence: 0.9, context: effects(word, 0.6),
        ...(note ? { severity: 'low' as const, note } : {}),
      }];
    }),
};
