import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.replicate_token': {
    positive: [
      { text: 'REPLICATE_API_TOKEN=r8_IoYpeclpzHy5jhXf1vDv8FMGmcicHfUxGnP4t', match: 'r8_IoYpeclpzHy5jhXf1vDv8FMGmcicHfUxGnP4t' },
    ],
    negative: [
      'r8_short',
    ],
  },
} satisfies DetectorVectorSet;
