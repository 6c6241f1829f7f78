import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.date_time': {
    positive: [
      { text: 'It has been like that since 1/23/1984', match: '1/23/1984' },
      { text: '2024-06-05T09:15:30.500-07:00' },
      { text: 'on May 1st, 1977 we met', match: 'May 1st, 1977' },
      { text: 'written in 1972 by', match: '1972' },
      { text: 'see you Saturday', match: 'Saturday' },
    ],
    negative: ['you may go', 'version 1.2.3', 'ratio 3/4 of', 'port 2021', '13/13/2020'],
  },
} satisfies DetectorVectorSet;
