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
});
