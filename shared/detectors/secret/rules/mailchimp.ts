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
});
