/**
 * xAI (Grok) API keys (`xai-`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const xai = defineSecretRule({
  id: 'secret.xai_key',
  description: 'xAI API key.',
  validation: '`xai-` + 80 base62 (or `_`).',
  severity: 'high',
  placeholder: 'XAI_KEY',
  keywords: ["xai-"],
  patterns: [
    { rule: 'api-key', regex: /xai-[A-Za-z0-9_]{80}(?![A-Za-z0-9_])/g },
  ],
});
