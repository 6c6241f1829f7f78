/**
 * Asana personal access tokens (`1/<user id>:<32>` and `2/<user>/<app>:<32 hex>`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const asana = defineSecretRule({
  id: 'secret.asana_token',
  description: 'Asana personal access token.',
  validation: 'Version digit, numeric IDs, `:` and a 32-character secret.',
  severity: 'high',
  placeholder: 'ASANA_TOKEN',
  keywords: ["1/", "2/"],
  patterns: [
    { rule: 'personal-access-token', regex: /[12]\/\d{10,20}(?:\/\d{10,20})?:[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g },
  ],
});
