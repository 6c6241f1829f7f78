/**
 * Postman API keys (`PMAK-`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const postman = defineSecretRule({
  id: 'secret.postman_key',
  description: 'Postman API key.',
  validation: '`PMAK-` + 24 hex + `-` + 34 hex.',
  severity: 'high',
  placeholder: 'POSTMAN_KEY',
  keywords: ["pmak-"],
  patterns: [
    { rule: 'api-key', regex: /PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9_])/gi },
  ],
});
