/**
 * Square access tokens (`sq0atp-`, `EAAA…`) and OAuth application secrets (`sq0csp-`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const square = defineSecretRule({
  id: 'secret.square_token',
  description: 'Square access token or OAuth secret.',
  validation: 'Prefix + exact length.',
  severity: 'critical',
  placeholder: 'SQUARE_TOKEN',
  keywords: ["sq0atp-", "sq0csp-", "eaaa"],
  patterns: [
    { rule: 'access-token', regex: /(?:sq0atp-[0-9A-Za-z_\-]{22}|EAAA[0-9A-Za-z_\-]{60})(?![\w-])/g },
    { rule: 'oauth-secret', regex: /sq0csp-[0-9A-Za-z_\-]{43}(?![\w-])/g },
  ],
  vectors: {
    positive: [
      { text: 'SQUARE_ACCESS_TOKEN=EAAAWOzCXg8lOsrtToVEKrd1tOVKL8bGx7WQsIFJpyNqGASRVHKUN2UkY4p5GWXY', match: 'EAAAWOzCXg8lOsrtToVEKrd1tOVKL8bGx7WQsIFJpyNqGASRVHKUN2UkY4p5GWXY' },
      { text: 'square secret sq0csp-dc1fkTrIeWJf8m9361Skuyd4B_aSQxjIYEsHnmhuc4R', match: 'sq0csp-dc1fkTrIeWJf8m9361Skuyd4B_aSQxjIYEsHnmhuc4R' },
      { text: 'token sq0atp-fHd5VdVNr8iFT7ogDT2gnV', match: 'sq0atp-fHd5VdVNr8iFT7ogDT2gnV' },
    ],
    negative: [
      'sq0atp-short',
      'EAAATto8MEaXP3IlVw5st--Z',
    ],
  },
});
