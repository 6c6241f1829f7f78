import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.notion_token': {
    positive: [
      { text: 'NOTION_TOKEN=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', match: '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' },
      { text: 'notion = Client(auth="secret_kFqR2HAY6efYh6wrcHe6azbFUYqAhcDsnZCHKrzJVce")', match: 'secret_kFqR2HAY6efYh6wrcHe6azbFUYqAhcDsnZCHKrzJVce' },
    ],
    negative: [
      'ntn_ZbBiUEzKxUN1lFQASYvs',
      'secret_key_base',
    ],
  },
} satisfies DetectorVectorSet;
