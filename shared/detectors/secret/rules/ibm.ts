/**
 * IBM Cloud IAM API keys, Cloud Object Storage HMAC secrets and SoftLayer (IBM Cloud classic) API keys, all found by keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const ibm = defineSecretRule({
  id: 'secret.ibm_cloud_key',
  description: 'IBM Cloud IAM API key, COS HMAC secret or SoftLayer API key.',
  validation: '44-char IAM key, 48-hex HMAC secret or 64-char SoftLayer key after the matching name.',
  severity: 'critical',
  placeholder: 'IBM_CLOUD_KEY',
  keywords: ["ibm", "cloud", "iam", "cos", "softlayer", "sl_", "sl-", "slapikey", "hmac", "secret_access_key", "api.softlayer.com"],
  patterns: [
    { rule: 'iam-api-key', regex: /(?:ibm|cloud|iam)[\w.\-]{0,24}?(?:key|token|api)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9_\-]{44})(?![\w\-])/gid },
    { rule: 'cos-hmac-secret', regex: /(?:ibm|cos|hmac|secret_access_key)[\w.\-]{0,24}?[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[a-f0-9]{48})(?![\w\-])/gid },
    { rule: 'softlayer-api-key', regex: /(?:softlayer|\bsl)[_\-]?(?:api)?[_\-]?key[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[a-z0-9]{64})(?![\w\-])/gid },
    { rule: 'softlayer-url-key', regex: /api\.softlayer\.com\/soap\/v3(?:\.1)?\/(?<s>[a-z0-9]{64})(?![A-Za-z0-9_])/gd },
  ],
  vectors: {
    positive: [
      // `softlayer` inside the URL is seen first (its rarer bigram); the URL pattern must still run.
      { text: 'GET https://api.softlayer.com/soap/v3/k3m9x2q7v5z8w1r4t6y0u2i8o3p5a7s9d1f4g6h8j0l2c5v7b9n1m3q6w8e0r2t4', match: 'k3m9x2q7v5z8w1r4t6y0u2i8o3p5a7s9d1f4g6h8j0l2c5v7b9n1m3q6w8e0r2t4' },
      { text: 'IBM_CLOUD_API_KEY=8bVvuM61hhXii_-Bu9dDz7gsJp1B8Ka4tsR2PnO1-H-k', match: '8bVvuM61hhXii_-Bu9dDz7gsJp1B8Ka4tsR2PnO1-H-k' },
      { text: 'cos_hmac_secret_access_key = "43b3878c9140b7871ebf146061bb5ba05a09da2f63fc27fa"', match: '43b3878c9140b7871ebf146061bb5ba05a09da2f63fc27fa' },
      { text: 'SOFTLAYER_API_KEY=al3ykilk1venzdnn8hzmw9rqpy5u2e7vh1zjbwjegy4uhtak4rhm9vewzoc4pt7y', match: 'al3ykilk1venzdnn8hzmw9rqpy5u2e7vh1zjbwjegy4uhtak4rhm9vewzoc4pt7y' },
    ],
    negative: [
      'CLOUD_APIKEY: "insert_key_here"',
      'softlayer_api_key="%s" % SL_API_KEY_ENV',
    ],
  },
});
