/**
 * Sentry organisation auth tokens (`sntrys_`), user tokens (`sntryu_`); DSNs are reported low (they hold only a public key).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const sentry = defineSecretRule({
  id: 'secret.sentry_token',
  description: 'Sentry auth token (or DSN, low).',
  validation: 'Prefix + length; org tokens carry a base64 JSON payload.',
  severity: 'high',
  placeholder: 'SENTRY_TOKEN',
  keywords: ["sntrys_", "sntryu_", ".ingest."],
  patterns: [
    { rule: 'org-token', regex: /sntrys_eyJ[A-Za-z0-9+/=_\-]{50,600}(?![\w-])/g },
    { rule: 'user-token', regex: /sntryu_[a-f0-9]{64}(?![A-Za-z0-9_])/g },
    { rule: 'dsn', regex: /https:\/\/[a-f0-9]{32}@o\d{1,10}\.ingest\.(?:[a-z]{2}\.)?sentry\.io\/\d{1,12}/g, severity: 'low', placeholder: 'SENTRY_DSN', back: 52, anchors: ['.ingest.'] },
  ],
});
