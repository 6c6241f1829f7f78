/**
 * Okta API tokens (`00…`, 42 chars) next to an okta keyword or `SSWS` scheme.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const okta = defineSecretRule({
  id: 'secret.okta_token',
  description: 'Okta API token.',
  validation: '`00` + 40 base64url characters after okta/SSWS.',
  severity: 'critical',
  placeholder: 'OKTA_TOKEN',
  keywords: ["okta", "ssws"],
  patterns: [
    { rule: 'api-token', regex: /(?:okta|SSWS)[^\n]{0,40}?\b(?<s>00[A-Za-z0-9_\-]{40})(?![\w\-])/gid },
  ],
});
