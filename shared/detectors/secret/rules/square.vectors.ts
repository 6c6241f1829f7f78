import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.square_token': {
    positive: [
      { text: 'SQUARE_ACCESS_TOKEN=EAAAWOzCXg8lOsrtToVEKrd1tOVKL8bGx7WQsIFJpyNqGASRVHKUN2UkY4p5GWXY', match: 'EAAAWOzCXg8lOsrtToVEKrd1tOVKL8bGx7WQsIFJpyNqGASRVHKUN2UkY4p5GWXY' },
      { text: 'square secret sq0csp-dc1fkTrIeWJf8m9361Skuyd4B_aSQxjIYEsHnmhuc4R', match: 'sq0csp-dc1fkTrIeWJf8m9361Skuyd4B_aSQxjIYEsHnmhuc4R' },
      { text: 'token sq0atp-fHd5VdVNr8iFT7ogDT2gnV', match: 'sq0atp-fHd5VdVNr8iFT7ogDT2gnV' },
    ],
    negative: [
      'sq0atp-short',
      'EAAATto8MEaXP3IlVw5st--Z',
    ],
  },
} satisfies DetectorVectorSet;
