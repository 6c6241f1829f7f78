import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.sg_nric': {
    positive: [{ text: 'NRIC S1234567D', match: 'S1234567D' }, { text: 'G1234567X' }],
    negative: ['S1234567A', 'A1234567D'],
  },
} satisfies DetectorVectorSet;
