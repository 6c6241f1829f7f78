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
  vectors: {
    positive: [
      { text: 'X-Api-Key: PMAK-9faf915aa3c7dfdfa86d0526-a4a3370d084dcb0b33d62b47cf0ff6a872', match: 'PMAK-9faf915aa3c7dfdfa86d0526-a4a3370d084dcb0b33d62b47cf0ff6a872' },
    ],
    negative: [
      'PMAK-cb91642999',
    ],
  },
});
