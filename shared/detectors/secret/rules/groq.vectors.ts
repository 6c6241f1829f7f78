import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.groq_key': {
    positive: [
      { text: 'GROQ_API_KEY=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', match: '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' },
    ],
    negative: [
      'gsk_short',
    ],
  },
} satisfies DetectorVectorSet;
