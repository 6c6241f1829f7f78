/**
 * Notion integration tokens: current `ntn_` format and legacy `secret_` tokens.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const notion = defineSecretRule({
  id: 'secret.notion_token',
  description: 'Notion integration token.',
  validation: '`ntn_` + 11 digits + 35 base62, or `secret_` + exactly 43 base62.',
  severity: 'high',
  placeholder: 'NOTION_TOKEN',
  keywords: ["ntn_", "secret_"],
  patterns: [
    { rule: 'integration-token', regex: /ntn_\d{11}[A-Za-z0-9]{35}(?![A-Za-z0-9_])/g },
    { rule: 'legacy-token', regex: /secret_[A-Za-z0-9]{43}(?![A-Za-z0-9_])/g, confidence: 0.7 },
  ],
  vectors: {
    positive: [
      { text: 'NOTION_TOKEN=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', match: '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' },
      { text: 'notion = Client(auth="secret_kFqR2HAY6efYh6wrcHe6azbFUYqAhcDsnZCHKrzJVce")', match: 'secret_kFqR2HAY6efYh6wrcHe6azbFUYqAhcDsnZCHKrzJVce' },
    ],
    negative: [
      'ntn_ZbBiUEzKxUN1lFQASYvs',
      'secret_key_base',
    ],
  },
});
