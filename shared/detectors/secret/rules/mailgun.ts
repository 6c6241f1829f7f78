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
  vectors: {
    positive: [
      { text: 'MAILGUN_API_KEY=key-fk4cambghmgseol9a2yejlqroapdkyrj', match: 'key-fk4cambghmgseol9a2yejlqroapdkyrj' },
      { text: 'MAILGUN_WEBHOOK_SIGNING_KEY=98ec62ec9854ccec1833fcf08810d2da-aa016fb6-fcd83197', match: '98ec62ec9854ccec1833fcf08810d2da-aa016fb6-fcd83197' },
    ],
    negative: [
      'key-2y2q30tt5flo7m8zdlvq',
      'monkey-nrwbffai8q6ycik5pof1bc72f1ky4asg',
    ],
  },
});
