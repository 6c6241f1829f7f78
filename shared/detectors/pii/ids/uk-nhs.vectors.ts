import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.uk_nhs': {
    positive: [{ text: 'NHS number 401 023 2137', match: '401 023 2137' }, { text: 'patient nhs 4010232137', match: '4010232137' }, { text: '7509849403', severity: 'low' }],
    negative: ['401 023 2138', 'order 4010232137', 'call 750 984 9403 after six'],
  },
} satisfies DetectorVectorSet;
