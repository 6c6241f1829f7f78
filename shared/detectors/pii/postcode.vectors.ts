import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.postcode': {
    positive: [{ text: 'SW1A 1AA' }, { text: 'office in EC1V 9HX today', match: 'EC1V 9HX' }, { text: 'zip code 94105-1234', match: '94105-1234' }],
    negative: ['QV1A 1AA', 'order 94105', 'AB12 3CI'],
  },
} satisfies DetectorVectorSet;
