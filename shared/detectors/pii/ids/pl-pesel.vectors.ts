import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.pl_pesel': {
    positive: [{ text: 'PESEL 44051401359', match: '44051401359' }, { text: '02070803628' }],
    negative: ['44051401358', '44991401350'],
  },
} satisfies DetectorVectorSet;
