/**
 * Airtable personal access tokens (`pat<14>.<64 hex>`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const airtable = defineSecretRule({
  id: 'secret.airtable_token',
  description: 'Airtable personal access token.',
  validation: '`pat` + 14 base62 + `.` + 64 hex.',
  severity: 'high',
  placeholder: 'AIRTABLE_TOKEN',
  keywords: ["pat"],
  patterns: [
    { rule: 'personal-access-token', regex: /pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![A-Za-z0-9_])/g },
  ],
  vectors: {
    positive: [
      { text: 'AIRTABLE_PAT=patC6cryGoPGyN0ks.f2bd04fbc5808d86d1a17c6731c1a502c9c02b52ff4c64d3121f449d80fe598a', match: 'patC6cryGoPGyN0ks.f2bd04fbc5808d86d1a17c6731c1a502c9c02b52ff4c64d3121f449d80fe598a' },
    ],
    negative: [
      'patxbL7Bb9Q6HIwyR.e1ace2137b49a3b28ee8',
    ],
  },
});
