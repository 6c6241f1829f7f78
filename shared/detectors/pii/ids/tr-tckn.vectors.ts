import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.tr_tckn': {
    positive: [{ text: 'TC Kimlik No: 10000000146', match: '10000000146' }, { text: '10000000146' }],
    negative: ['10000000147', '01234567890'],
  },
} satisfies DetectorVectorSet;
