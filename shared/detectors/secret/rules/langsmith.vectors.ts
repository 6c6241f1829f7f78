import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.langsmith_key': {
    positive: [
      { text: 'LANGCHAIN_API_KEY=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', match: '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' },
    ],
    negative: [
      'lsv2_pt_short',
    ],
  },
} satisfies DetectorVectorSet;
