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
});
