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
});
