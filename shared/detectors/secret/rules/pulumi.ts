/**
 * Pulumi Cloud access tokens (`pul-`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const pulumi = defineSecretRule({
  id: 'secret.pulumi_token',
  description: 'Pulumi access token.',
  validation: '`pul-` + 40 hex.',
  severity: 'high',
  placeholder: 'PULUMI_TOKEN',
  keywords: ["pul-"],
  patterns: [
    { rule: 'access-token', regex: /pul-[a-f0-9]{40}(?![A-Za-z0-9_])/g },
  ],
});
