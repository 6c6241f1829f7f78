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
});
