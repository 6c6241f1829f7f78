/**
 * Replicate API tokens (`r8_`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const replicate = defineSecretRule({
  id: 'secret.replicate_token',
  description: 'Replicate API token.',
  validation: '`r8_` + 37 base62.',
  severity: 'high',
  placeholder: 'REPLICATE_TOKEN',
  keywords: ["r8_"],
  patterns: [
    { rule: 'api-token', regex: /r8_[A-Za-z0-9]{37}(?![A-Za-z0-9_])/g },
  ],
});
