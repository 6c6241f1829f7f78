import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.postman_key': {
    positive: [
      { text: 'X-Api-Key: PMAK-9faf915aa3c7dfdfa86d0526-a4a3370d084dcb0b33d62b47cf0ff6a872', match: 'PMAK-9faf915aa3c7dfdfa86d0526-a4a3370d084dcb0b33d62b47cf0ff6a872' },
    ],
    negative: [
      'PMAK-cb91642999',
    ],
  },
} satisfies DetectorVectorSet;
