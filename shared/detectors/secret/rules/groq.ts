/**
 * Groq API keys (`gsk_`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const groq = defineSecretRule({
  id: 'secret.groq_key',
  description: 'Groq API key.',
  validation: '`gsk_` + 52 base62.',
  severity: 'high',
  placeholder: 'GROQ_KEY',
  keywords: ["gsk_"],
  patterns: [
    { rule: 'api-key', regex: /gsk_[A-Za-z0-9]{52}(?![A-Za-z0-9_])/g },
  ],
  vectors: {
    positive: [
      { text: 'GROQ_API_KEY=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', match: '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' },
    ],
    negative: [
      'gsk_short',
    ],
  },
});
