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
  vectors: {
    positive: [
      { text: 'SENTRY_AUTH_TOKEN=sntrys_eyJkxzWju811xgHFt6NRdChHaxdZ8hCv4Artqlz_WBU7POQnvZUAqrbzqGG_SGiubdr6GaKs0b4wG5u9WjaNvCSEvTDfH12HNRz0ty8P71ZKeZ63YCwrR74Qbuz_qT5jUCFVy3GNdZGowOQaZl4wqVq6ApS4OCABSSz_79P', match: 'sntrys_eyJkxzWju811xgHFt6NRdChHaxdZ8hCv4Artqlz_WBU7POQnvZUAqrbzqGG_SGiubdr6GaKs0b4wG5u9WjaNvCSEvTDfH12HNRz0ty8P71ZKeZ63YCwrR74Qbuz_qT5jUCFVy3GNdZGowOQaZl4wqVq6ApS4OCABSSz_79P' },
      { text: 'SENTRY_TOKEN=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', match: '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' },
    ],
    negative: [
      'sntryu_4b68891175',
    ],
  },
});
