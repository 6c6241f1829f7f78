import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.uk_nino': {
    positive: [
      { text: 'NI number AB 12 34 56 C', match: 'AB 12 34 56 C' },
      { text: 'tw987654a' },
      { text: 'PR 123612C' },
    ],
    negative: ['GB 12 34 56 C', 'AB 12 34 56 E', 'DA123456A', 'QQ123456A', 'XAB123456CD'],
  },
} satisfies DetectorVectorSet;
