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
  keywords: ['dob', 'd.o.b', 'birth', 'born', 'geboren', 'né', 'nacimiento', 'naissance'],
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
