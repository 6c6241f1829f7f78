import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.age': {
    positive: [
      { text: "I'm 54 y/o.", match: '54' },
      { text: 'He just turned 46 years old', match: '46' },
      { text: 'patient aged 37, female', match: '37' },
      { text: 'a 61-year-old man', match: '61' },
      { text: "My birthday is on the weekend. I'll turn 23.", match: '23' },
      { text: 'Written when he was 64.', match: '64' },
    ],
    negative: ['he was 64 minutes late', 'the score was 64.5', 'a 500 years old castle', 'the age of 35% of users', 'old code from 1999'],
  },
} satisfies DetectorVectorSet;
