/**
 * Mailchimp (Intuit) marketing API keys: 32 hex + datacenter suffix.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const mailchimp = defineSecretRule({
  id: 'secret.mailchimp_key',
  description: 'Mailchimp API key.',
  validation: '32 hex characters + `-us<1\u20132 digits>`.',
  severity: 'high',
  placeholder: 'MAILCHIMP_KEY',
  keywords: ["-us"],
  patterns: [
    { rule: 'api-key', regex: /[0-9a-f]{32}-us[0-9]{1,2}(?![\w-])/g, back: 32 },
  ],
  vectors: {
    positive: [
      { text: 'MAILCHIMP_API_KEY=2fa4cbd79fb6b441e55cd62775017ed3-us21', match: '2fa4cbd79fb6b441e55cd62775017ed3-us21' },
    ],
    negative: [
      'db8fcfa95398884f859f77baa5f72d39-2',
      '245f0a443b04d6aff141eed10cef24c9-al32',
    ],
  },
});
