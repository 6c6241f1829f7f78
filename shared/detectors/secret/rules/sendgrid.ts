/**
 * SendGrid API keys (`SG.<22>.<43>`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const sendgrid = defineSecretRule({
  id: 'secret.sendgrid_key',
  description: 'SendGrid API key.',
  validation: '`SG.` + 22 + `.` + 43 base64url characters.',
  severity: 'critical',
  placeholder: 'SENDGRID_KEY',
  keywords: ["sg."],
  patterns: [
    { rule: 'api-key', regex: /SG\.[0-9A-Za-z_\-]{22}\.[0-9A-Za-z_\-]{43}(?![\w-])/g },
  ],
});
