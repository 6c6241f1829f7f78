import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.us_itin': {
    positive: [{ text: 'ITIN 912-70-1234', match: '912-70-1234' }, { text: '999-88-1234' }, { text: '931851234', severity: 'low' }],
    negative: ['912-93-1234', 'ref 912701234 ok'],
  },
} satisfies DetectorVectorSet;
