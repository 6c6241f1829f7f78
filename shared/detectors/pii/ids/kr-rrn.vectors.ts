import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.kr_rrn': {
    positive: [{ text: 'His Korean FRN is 911124-5678901', match: '911124-5678901' }, { text: 'RRN 9111241678906', match: '9111241678906' }],
    negative: ['051102-9234110', '9111245678901', '911324-5678901'],
  },
} satisfies DetectorVectorSet;
