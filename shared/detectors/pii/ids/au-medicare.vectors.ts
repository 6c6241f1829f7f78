import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.au_medicare': {
    positive: [{ text: 'Medicare 2123 45670 1', match: '2123 45670 1' }, { text: 'medicare card 2123456701', match: '2123456701' }, { text: '4051014270', severity: 'low' }],
    negative: ['ref 4051 01427 0 attached', 'medicare 2123 45671 1'],
  },
} satisfies DetectorVectorSet;
