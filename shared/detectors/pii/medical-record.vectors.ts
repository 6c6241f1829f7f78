import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.medical_record': {
    positive: [{ text: 'MRN: 00482913', match: '00482913' }, { text: 'patient ID PT-2024-0091 admitted', match: 'PT-2024-0091' }],
    negative: ['MRN unknown', 'patient is stable', '00482913'],
  },
} satisfies DetectorVectorSet;
