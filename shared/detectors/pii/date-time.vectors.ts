import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.date_time': {
    positive: [
      { text: 'It has been like that since 1/23/1984', match: '1/23/1984' },
      { text: '2024-06-05T09:15:30.500-07:00' },
      { text: 'on May 1st, 1977 we met', match: 'May 1st, 1977' },
      { text: 'written in 1972 by', match: '1972' },
      { text: 'see you Saturday', match: 'Saturday' },
      { text: 'RSVP by August 10th, 2027 to Kim', match: 'August 10th, 2027' },
      { text: 'she restored a 1967 Mustang last summer', match: '1967' },
      { text: 'back in the year 1988 we moved', match: 'year 1988' },
      { text: 'we moved in May 2019 to Leeds', match: 'May 2019' },
    ],
    negative: ['you may go', 'version 1.2.3', 'ratio 3/4 of', 'port 2021', '13/13/2020', 'generate a 2048 bit key', 'write a 1500 word essay', 'Spring 2021 sale'],
  },
} satisfies DetectorVectorSet;
