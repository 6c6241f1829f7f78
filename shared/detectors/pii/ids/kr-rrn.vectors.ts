import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.kr_rrn': {
    positive: [{ text: 'His Korean FRN is 911124-5678901', match: '911124-5678901' }, { text: 'RRN 9111241678906', match: '9111241678906' }, { text: '8503156123457', severity: 'low' }],
    negative: ['051102-9234110', 'tracking 9111245678901', '911324-5678901'],
  },
} satisfies DetectorVectorSet;
