import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.fi_hetu': {
    positive: [{ text: 'hetu 131052-308T', match: '131052-308T' }, { text: '010594Y9021' }],
    negative: ['131052-308U', '321052-308T'],
  },
} satisfies DetectorVectorSet;
