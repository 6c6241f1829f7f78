import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.se_personnummer': {
    positive: [
      { text: '811228-9874' },
      { text: 'personnummer 198112289874', match: '198112289874' },
      { text: 'my swedish id code is 198710795884.', match: '198710795884' },
      { text: '8710795884', severity: 'low' },
    ],
    negative: ['811228-9875', 'ref 8112289874 attached', '811328-9874'],
  },
} satisfies DetectorVectorSet;
