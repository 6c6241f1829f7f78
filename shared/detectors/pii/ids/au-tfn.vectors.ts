import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.au_tfn': {
    positive: [{ text: 'TFN 876 543 210', match: '876 543 210' }, { text: 'my tax file number is 123456782', match: '123456782' }],
    negative: ['876 543 210', 'TFN 876 543 211'],
  },
} satisfies DetectorVectorSet;
