/**
 * Databricks personal access tokens (`dapi…`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const databricks = defineSecretRule({
  id: 'secret.databricks_token',
  description: 'Databricks personal access token.',
  validation: '`dapi` + 32 lower-case hex (+ optional `-<digit>`).',
  severity: 'critical',
  placeholder: 'DATABRICKS_TOKEN',
  keywords: ["dapi"],
  patterns: [
    { rule: 'personal-access-token', regex: /dapi[a-f0-9]{32}(?:-\d)?(?![\w-])/g },
  ],
});
