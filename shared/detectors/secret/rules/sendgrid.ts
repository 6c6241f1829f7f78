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
  vectors: {
    positive: [
      { text: 'SENDGRID_API_KEY=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', match: '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' },
      { text: 'sg.setApiKey("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")', match: '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' },
    ],
    negative: [
      'AG.Pf9K9JZ89IlwEAJZv6XUrx.laSFMHvWLVA-BYcseSwagu0G47KcXHg4Rs2a5E7SaUp',
      'SG.fjIn7uzPJX.v2kkRGNFhcZBT5g7_EsEIojCt-hhQODeVuf0F_uZPwC',
    ],
  },
});
