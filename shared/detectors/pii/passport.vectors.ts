import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.passport': {
    positive: [
      { text: 'Passport No: AB1234567', match: 'AB1234567' },
      { text: 'my passport number is A12803456.', match: 'A12803456' },
    ],
    negative: ['passport photo booth', 'AB1234567', 'I need my passport to be ready by then'],
  },
} satisfies DetectorVectorSet;
