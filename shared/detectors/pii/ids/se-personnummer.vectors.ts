import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.se_personnummer': {
    positive: [{ text: '811228-9874' }, { text: 'personnummer 198112289874', match: '198112289874' }],
    negative: ['811228-9875', '8112289874', '811328-9874'],
  },
} satisfies DetectorVectorSet;
