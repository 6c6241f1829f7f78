/**
 * 1Password service-account tokens (`ops_eyJ…`) and account Secret Keys (`A3-…`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const onepassword = defineSecretRule({
  id: 'secret.onepassword_token',
  description: '1Password service-account token or Secret Key.',
  validation: '`ops_` + base64 JSON; Secret Key: `A3-` + 6 + 6 groups of 5/6 uppercase alphanumerics.',
  severity: 'critical',
  placeholder: 'ONEPASSWORD_TOKEN',
  keywords: ["ops_eyj", "a3-"],
  patterns: [
    { rule: 'service-account-token', regex: /ops_eyJ[A-Za-z0-9+/=_\-]{100,1200}(?![\w-])/g },
    { rule: 'secret-key', regex: /A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![\w-])/g },
  ],
});
