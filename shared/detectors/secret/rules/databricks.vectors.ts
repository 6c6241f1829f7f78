import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.databricks_token': {
    positive: [
      { text: 'DATABRICKS_TOKEN=dapi923b98a449179be2a630e91d82a37bd8', match: 'dapi923b98a449179be2a630e91d82a37bd8' },
      { text: 'token = "dapia2fe90c2eb521f8fdeb4342ba1903c34-2"', match: 'dapia2fe90c2eb521f8fdeb4342ba1903c34-2' },
    ],
    negative: [
      'dapi1234',
      'dapiDataGetTopLongShortPositionRatio (params?: {})',
    ],
  },
} satisfies DetectorVectorSet;
