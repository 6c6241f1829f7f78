import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.date_of_birth': {
    positive: [
      { text: 'DOB: 07/14/1995', match: '07/14/1995' },
      { text: 'She was born on 7/30/1964.', match: '7/30/1964' },
      { text: 'date of birth 1985-03-02', match: '1985-03-02', severity: 'medium' },
      { text: 'Name: Bill Gates\nBorn: October 28, 1955', match: 'October 28, 1955', severity: 'low' },
      { text: '{"name": "John Doe", "birthdate": "1965-04-12"}', match: '1965-04-12', severity: 'low' },
    ],
    negative: ['meeting on 07/14/1995', 'born to run', 'released 2021-05-21, born again'],
  },
} satisfies DetectorVectorSet;
