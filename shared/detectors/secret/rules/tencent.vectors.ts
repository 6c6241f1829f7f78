import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.tencent_key': {
    positive: [
      { text: 'TENCENTCLOUD_SECRET_ID=AKIDCTQi0hVjQXuk5sc8zpMChUwzSDqB8FGI', match: 'AKIDCTQi0hVjQXuk5sc8zpMChUwzSDqB8FGI' },
      { text: 'tencent_secret_key = "eRjf6lW35PTqVL2UCN6g3kjtciyN7w1r"', match: 'eRjf6lW35PTqVL2UCN6g3kjtciyN7w1r' },
    ],
    negative: [
      'AKIDs1APfSmNWX',
    ],
  },
} satisfies DetectorVectorSet;
