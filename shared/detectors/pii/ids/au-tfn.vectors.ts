import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.au_tfn': {
    positive: [{ text: 'TFN 876 543 210', match: '876 543 210' }, { text: 'my tax file number is 123456782', match: '123456782' }, { text: '210234403', severity: 'low' }],
    negative: ['call 862 794 156 now', 'TFN 876 543 211'],
  },
} satisfies DetectorVectorSet;
