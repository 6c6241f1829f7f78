import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.sentry_token': {
    positive: [
      { text: 'SENTRY_AUTH_TOKEN=sntrys_eyJkxzWju811xgHFt6NRdChHaxdZ8hCv4Artqlz_WBU7POQnvZUAqrbzqGG_SGiubdr6GaKs0b4wG5u9WjaNvCSEvTDfH12HNRz0ty8P71ZKeZ63YCwrR74Qbuz_qT5jUCFVy3GNdZGowOQaZl4wqVq6ApS4OCABSSz_79P', match: 'sntrys_eyJkxzWju811xgHFt6NRdChHaxdZ8hCv4Artqlz_WBU7POQnvZUAqrbzqGG_SGiubdr6GaKs0b4wG5u9WjaNvCSEvTDfH12HNRz0ty8P71ZKeZ63YCwrR74Qbuz_qT5jUCFVy3GNdZGowOQaZl4wqVq6ApS4OCABSSz_79P' },
      { text: 'SENTRY_TOKEN=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', match: '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' },
    ],
    negative: [
      'sntryu_4b68891175',
    ],
  },
} satisfies DetectorVectorSet;
