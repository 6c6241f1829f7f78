/**
 * Perplexity API keys (`pplx-`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const perplexity = defineSecretRule({
  id: 'secret.perplexity_key',
  description: 'Perplexity API key.',
  validation: '`pplx-` + 48 base62.',
  severity: 'high',
  placeholder: 'PERPLEXITY_KEY',
  keywords: ["pplx-"],
  patterns: [
    { rule: 'api-key', regex: /pplx-[A-Za-z0-9]{48}(?![A-Za-z0-9_])/g },
  ],
});
