/**
 * Flutterwave secret and encryption keys (live and test).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const flutterwave = defineSecretRule({
  id: 'secret.flutterwave_key',
  description: 'Flutterwave secret or encryption key.',
  validation: '`FLWSECK-`/`FLWSECK_TEST-` + 32 hex + `-X`; encryption key `FLWSECK_TEST` + 12 hex.',
  severity: 'critical',
  placeholder: 'FLUTTERWAVE_KEY',
  keywords: ["flwseck"],
  patterns: [
    { rule: 'secret-key', regex: /FLWSECK-[a-h0-9]{32}-X(?![A-Za-z0-9_])/g },
    { rule: 'test-secret-key', regex: /FLWSECK_TEST-[a-h0-9]{32}-X(?![A-Za-z0-9_])/g, severity: 'medium' },
    { rule: 'encryption-key', regex: /FLWSECK_TEST[a-h0-9]{12}(?![A-Za-z0-9_])/g, severity: 'medium' },
  ],
});
