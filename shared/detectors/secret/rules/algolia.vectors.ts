import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.algolia_key': {
    positive: [
      { text: 'ALGOLIA_ADMIN_KEY=c7fe55adb0c215a60039527b23fab153', match: 'c7fe55adb0c215a60039527b23fab153' },
    ],
    negative: [
      'ALGOLIA_APP_ID=W5M65KLUFC',
    ],
  },
} satisfies DetectorVectorSet;
