import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.ai_provider_key': {
    positive: [
      { text: 'MISTRAL_API_KEY=csnNTIGVNNlLonyHC51ge5DyugEIzGet', match: 'csnNTIGVNNlLonyHC51ge5DyugEIzGet' },
      { text: 'COHERE_API_KEY=QVYYD8d7YyLipG5aJUcOElKxSQ307yyDxN9gDyfF', match: 'QVYYD8d7YyLipG5aJUcOElKxSQ307yyDxN9gDyfF' },
      { text: 'DEEPSEEK_API_KEY=sk-0c1c23e14055456c1f0c6bc55066527a', match: 'sk-0c1c23e14055456c1f0c6bc55066527a' },
    ],
    negative: [
      'MISTRAL_MODEL=mistral-large-latest',
    ],
  },
} satisfies DetectorVectorSet;
