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
  vectors: {
    positive: [
      { text: 'FLW_SECRET_KEY=FLWSECK-1663cdd9ef23945fa5678aa34419ae9e-X', match: 'FLWSECK-1663cdd9ef23945fa5678aa34419ae9e-X' },
      { text: 'FLW_SECRET_KEY=FLWSECK_TEST-04449d06b651f6f8868edbe56cddc796-X', match: 'FLWSECK_TEST-04449d06b651f6f8868edbe56cddc796-X' },
    ],
    negative: [
      'FLWPUBK-57807cee0c80b7b5a0aa9dce40833606-X',
    ],
  },
});
