import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.in_aadhaar': {
    positive: [{ text: 'Aadhaar: 4991 1866 5246', match: '4991 1866 5246' }, { text: 'aadhaar no 499118665246', match: '499118665246' }, { text: 'UID 6529:1244:6115 on file', match: '6529:1244:6115' }],
    negative: ['4991 1866 5247', 'ticket 499118665246', '1991 1866 5246', 'call me on 9984 2745 8573'],
  },
} satisfies DetectorVectorSet;
