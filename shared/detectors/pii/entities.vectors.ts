import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.person': {
    positive: [
      { text: 'Patient Maria Gonzalez was admitted', match: 'Maria Gonzalez', severity: 'medium' },
      { text: 'Dear Samantha, thanks for', match: 'Samantha', severity: 'medium' },
      { text: 'have you heard Malvina Sandberg speak yet?', match: 'Malvina Sandberg', severity: 'low' },
      { text: 'write a poem about Napoleon', match: 'Napoleon', severity: 'low' },
    ],
    negative: ['The quick brown fox', 'Why is the sky blue?', 'Use Python and React for this'],
  },
  'pii.organization': {
    positive: [{ text: 'Favian works at Drake PLC now', match: 'Drake PLC' }, { text: 'Civic Impulse LLC is hiring', match: 'Civic Impulse LLC' }],
    negative: ['the company is small', 'I like apples'],
  },
  'pii.location': {
    positive: [{ text: 'She moved here from Estonia', match: 'Estonia' }, { text: 'a trip to New Zealand', match: 'New Zealand' }],
    negative: ['the weather is nice', 'go to the shop'],
  },
} satisfies DetectorVectorSet;
