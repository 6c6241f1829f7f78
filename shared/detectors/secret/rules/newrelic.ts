/**
 * New Relic user API keys (`NRAK-`), insert keys (`NRII-`), admin keys (`NRAA-`), license keys (`…NRAL`) and browser keys (`NRJS-`, low).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const newrelic = defineSecretRule({
  id: 'secret.newrelic_key',
  description: 'New Relic API, insert, admin, license or browser key.',
  validation: 'Prefix/suffix + exact length.',
  severity: 'high',
  placeholder: 'NEWRELIC_KEY',
  keywords: ["nrak-", "nrii-", "nraa-", "nral", "nrjs-"],
  patterns: [
    { rule: 'user-api-key', regex: /NRAK-[A-Z0-9]{27}(?![A-Za-z0-9_])/g },
    { rule: 'insert-key', regex: /NRII-[A-Za-z0-9_\-]{32}(?![\w-])/g },
    { rule: 'admin-key', regex: /NRAA-[a-f0-9]{27}(?![A-Za-z0-9_])/g },
    { rule: 'license-key', regex: /(?:[a-z]{2}\d\dxx[a-f0-9]{30}|[a-f0-9]{36})NRAL(?![A-Za-z0-9_])/g, back: 36, anchors: ['nral'] },
    // Browser keys ship in page JavaScript: public by design.
    { rule: 'browser-key', regex: /NRJS-[a-f0-9]{19}(?![A-Za-z0-9_])/g, severity: 'low' },
  ],
});
