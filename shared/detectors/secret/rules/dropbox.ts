/**
 * Dropbox short-lived access tokens (`sl.` / `sl.u.`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const dropbox = defineSecretRule({
  id: 'secret.dropbox_token',
  description: 'Dropbox access token.',
  validation: '`sl.` + \u2265 130 base64url characters.',
  severity: 'high',
  placeholder: 'DROPBOX_TOKEN',
  keywords: ["sl."],
  patterns: [
    { rule: 'access-token', regex: /sl\.(?:u\.)?[A-Za-z0-9_\-]{130,1400}(?![\w-])/g },
  ],
});
