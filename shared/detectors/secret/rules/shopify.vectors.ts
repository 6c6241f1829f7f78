import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.shopify_token': {
    positive: [
      { text: 'X-Shopify-Access-Token: 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', match: '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' },
      { text: 'SHOPIFY_SECRET=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', match: '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' },
    ],
    negative: [
      'shpat_7eaff7584591de0e',
      'shpat_UFEewFanAJWccRAKiCYfAPqhwApWGlrA',
    ],
  },
} satisfies DetectorVectorSet;
