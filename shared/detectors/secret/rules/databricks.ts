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
  vectors: {
    positive: [
      { text: 'DATABRICKS_TOKEN=dapi923b98a449179be2a630e91d82a37bd8', match: 'dapi923b98a449179be2a630e91d82a37bd8' },
      { text: 'token = "dapia2fe90c2eb521f8fdeb4342ba1903c34-2"', match: 'dapia2fe90c2eb521f8fdeb4342ba1903c34-2' },
    ],
    negative: [
      'dapi1234',
      'dapiDataGetTopLongShortPositionRatio (params?: {})',
    ],
  },
});
