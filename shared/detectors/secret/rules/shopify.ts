/**
 * Shopify Admin API access tokens, custom-app, private-app and shared secrets (`shpat_` `shpca_` `shppa_` `shpss_`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const shopify = defineSecretRule({
  id: 'secret.shopify_token',
  description: 'Shopify access token or shared secret.',
  validation: 'Prefix + 32 hex characters.',
  severity: 'critical',
  placeholder: 'SHOPIFY_TOKEN',
  keywords: ["shpat_", "shpca_", "shppa_", "shpss_"],
  patterns: [
    { rule: 'access-token', regex: /shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![A-Za-z0-9_])/g },
  ],
  vectors: {
    positive: [
      { text: 'X-Shopify-Access-Token: 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', match: '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' },
      { text: 'SHOPIFY_SECRET=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', match: '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' },
    ],
    negative: [
      'shpat_7eaff7584591de0e',
      'shpat_UFEewFanAJWccRAKiCYfAPqhwApWGlrA',
    ],
  },
});
