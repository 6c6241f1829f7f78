import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.it_fiscal_code': {
    positive: [{ text: 'CF: RSSMRA85T10A562S', match: 'RSSMRA85T10A562S' }, { text: 'mrtmtt25d09f205z' }],
    negative: ['RSSMRA85T10A562T', 'ABCDEFGHIJKLMNOP'],
  },
} satisfies DetectorVectorSet;
