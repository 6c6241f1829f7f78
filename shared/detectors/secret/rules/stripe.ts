/**
 * Stripe secret and restricted API keys (live and test) and webhook signing secrets. Publishable `pk_` keys are public and ignored.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const stripe = defineSecretRule({
  id: 'secret.stripe_key',
  description: 'Stripe secret/restricted key (live or test) or webhook signing secret.',
  validation: '`sk_`/`rk_` + `live`/`test` + \u2265 24 base62 characters; test keys get medium severity.',
  severity: 'critical',
  placeholder: 'STRIPE_KEY',
  keywords: ["sk_live_", "rk_live_", "sk_test_", "rk_test_", "whsec_"],
  patterns: [
    { rule: 'live-key', regex: /[sr]k_live_[0-9A-Za-z]{24,247}(?![A-Za-z0-9_])/g },
    // Test-mode keys cannot move money but do expose test data and account structure.
    { rule: 'test-key', regex: /[sr]k_test_[0-9A-Za-z]{24,247}(?![A-Za-z0-9_])/g, severity: 'medium' },
    { rule: 'webhook-secret', regex: /whsec_[0-9A-Za-z]{32,64}(?![A-Za-z0-9_])/g, severity: 'high' },
  ],
  vectors: {
    positive: [
      { text: 'STRIPE_SECRET_KEY=sk_live_BljJtYDzvY1hipunSdw437hc', match: 'sk_live_BljJtYDzvY1hipunSdw437hc' },
      { text: 'Stripe.api_key = "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"', match: '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' },
      { text: '{"key": "sk_test_rA1rcRnDkFmdSrmmEPio9ONd"', match: 'sk_test_rA1rcRnDkFmdSrmmEPio9ONd' },
      { text: 'endpoint secret whsec_FAKnmyxC1rvlj7YYhWsSWqEXV7cduIJL', match: 'whsec_FAKnmyxC1rvlj7YYhWsSWqEXV7cduIJL' },
    ],
    negative: [
      'pk_live_sQ2dbpXG3Ztxd09LQ9Oc26u6',
      'sk_live_',
      'sk_live_J6MFvgmiq0',
    ],
  },
});
