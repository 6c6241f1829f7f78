/**
 * Google Cloud / Google API credentials: API keys (`AIza…`), OAuth client secrets (`GOCSPX-…`), OAuth access (`ya29.…`) and refresh (`1//0…`) tokens.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const gcp = defineSecretRule({
  id: 'secret.gcp_api_key',
  description: 'Google API key, OAuth client secret, access token or refresh token.',
  validation: 'Literal prefix and exact length per format.',
  severity: 'high',
  placeholder: 'GOOGLE_API_KEY',
  keywords: ["aiza", "gocspx-", "ya29.", "1//0"],
  patterns: [
    { rule: 'api-key', regex: /AIza[0-9A-Za-z_\-]{35}(?![\w-])/g },
    { rule: 'oauth-client-secret', regex: /GOCSPX-[0-9A-Za-z_\-]{28}(?![\w-])/g },
    { rule: 'oauth-access-token', regex: /ya29\.[0-9A-Za-z_\-]{30,1024}(?![\w-])/g },
    { rule: 'oauth-refresh-token', regex: /1\/\/0[0-9A-Za-z_\-]{40,512}(?![\w-])/g },
  ],
  vectors: {
    positive: [
      { text: 'key=AIzagvbRysUiB9ozIfz3hlkV797tpnBPJAVA1Bm', match: 'AIzagvbRysUiB9ozIfz3hlkV797tpnBPJAVA1Bm' },
      { text: '"client_secret":"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"', match: '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' },
      { text: 'Authorization: Bearer ya29.u-M7AsZ7nrsoTV75Y4sxVe9RWlBaTF6E9CPcgYBy9Lmr4PaWbP3gvY1pIXoQOrgRb5vPG5c6qSYhzYTFQy6k1qJAH4DxD3EoA1zCC-A4cGofFQrGZ7iHyEpp', match: 'ya29.u-M7AsZ7nrsoTV75Y4sxVe9RWlBaTF6E9CPcgYBy9Lmr4PaWbP3gvY1pIXoQOrgRb5vPG5c6qSYhzYTFQy6k1qJAH4DxD3EoA1zCC-A4cGofFQrGZ7iHyEpp' },
      { text: 'refresh_token: 1//02LNY2PG17_Dum2JnkOGORtaUrvPq09OIvEzwj9qYUCs19aVmP2GuaEsSuFfGuL8Opk_hjn45p-ed75CnrQSkZ5B70co8w7rqhY2y', match: '1//02LNY2PG17_Dum2JnkOGORtaUrvPq09OIvEzwj9qYUCs19aVmP2GuaEsSuFfGuL8Opk_hjn45p-ed75CnrQSkZ5B70co8w7rqhY2y' },
    ],
    negative: [
      'AIzaP_PTZSjQlojQU3G9dyPq',
      'GOCSPX-short',
      'ya29.abc',
    ],
  },
});
