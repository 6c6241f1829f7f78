/**
 * Mailgun private API keys (`key-` + 32) and webhook signing keys by keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const mailgun = defineSecretRule({
  id: 'secret.mailgun_key',
  description: 'Mailgun API or signing key.',
  validation: '`key-` + 32 lower-case alphanumerics.',
  severity: 'high',
  placeholder: 'MAILGUN_KEY',
  keywords: ["key-", "mailgun"],
  contextWords: ["mailgun"],
  patterns: [
    { rule: 'api-key', regex: /key-[0-9a-z]{32}(?![A-Za-z0-9_])/g, confidence: 0.7 },
    { rule: 'signing-key', regex: /(?:mailgun)[\w.\-]{0,24}?(?:sign|webhook|secret|key)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![\w\-])/gid },
  ],
});
