import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.linear_key': {
    positive: [
      { text: 'LINEAR_API_KEY=lin_api_6AxcKFIYQvXyQqxZ9KCsuvdMBkIgmMz6qfNnVnGM', match: 'lin_api_6AxcKFIYQvXyQqxZ9KCsuvdMBkIgmMz6qfNnVnGM' },
    ],
    negative: [
      'lin_api_6vZ5jKcIzI',
    ],
  },
} satisfies DetectorVectorSet;
