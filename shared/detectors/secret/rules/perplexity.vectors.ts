import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.perplexity_key': {
    positive: [
      { text: 'PPLX_API_KEY=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', match: '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' },
    ],
    negative: [
      'pplx-short',
    ],
  },
} satisfies DetectorVectorSet;
