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
});
