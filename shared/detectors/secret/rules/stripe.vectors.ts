import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.stripe_key': {
    positive: [
      { text: 'STRIPE_SECRET_KEY=sk_live_BljJtYDzvY1hipunSdw437hc', match: 'sk_live_BljJtYDzvY1hipunSdw437hc' },
      { text: 'Stripe.api_key = "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"', match: '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' },
      { text: '{"key": "sk_test_rA1rcRnDkFmdSrmmEPio9ONd"', match: 'sk_test_rA1rcRnDkFmdSrmmEPio9ONd' },
      { text: 'endpoint secret whsec_FAKnmyxC1rvlj7YYhWsSWqEXV7cduIJL', match: 'whsec_FAKnmyxC1rvlj7YYhWsSWqEXV7cduIJL' },
    ],
    negative: [
      'pk_live_sQ2dbpXG3Ztxd09LQ9Oc26u6',
      'sk_live_',
      'sk_live_J6MFvgmiq0',
    ],
  },
} satisfies DetectorVectorSet;
