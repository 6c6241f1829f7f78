/**
 * PayPal/Braintree production and sandbox access tokens.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const paypal = defineSecretRule({
  id: 'secret.paypal_braintree_token',
  description: 'PayPal Braintree access token.',
  validation: '`access_token$<env>$<16>$<32 hex>`.',
  severity: 'critical',
  placeholder: 'PAYPAL_TOKEN',
  keywords: ["access_token$"],
  patterns: [
    { rule: 'access-token', regex: /access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}(?![A-Za-z0-9_])/g },
  ],
});
