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
});
