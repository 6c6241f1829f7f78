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
    // The probe (the `.` 17 on) turns away `path`, `pattern`, `compatible` in the sweep itself.
    { rule: 'personal-access-token', regex: /pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![A-Za-z0-9_])/g, probe: [17, '.'] },
  ],
});
