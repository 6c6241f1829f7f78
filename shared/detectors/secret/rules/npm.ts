/**
 * npm access tokens (`npm_`, with embedded CRC32) and `.npmrc` `_authToken` / `_auth` / `_password` values.
 */
import { crc32Base62Checksum } from '../lib/checksum';
import { defineSecretRule } from '../lib/define-secret-rule';

export const npm = defineSecretRule({
  id: 'secret.npm_token',
  description: 'npm access token or `.npmrc` registry credential.',
  validation: '`npm_` + 36 base62 (checksum raises confidence); `.npmrc` value after `:_authToken=` etc.',
  severity: 'critical',
  placeholder: 'NPM_TOKEN',
  keywords: ["npm_", ":_auth", ":_password"],
  patterns: [
    { rule: 'access-token', regex: /npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, failPenalty: 0, validate: crc32Base62Checksum },
    { rule: 'npmrc-credential', regex: /:_(?:authToken|auth|password)\s{0,3}=\s{0,3}["']?(?<s>[A-Za-z0-9_\-.+/=]{16,512})/gd, confidence: 0.75 },
  ],
});
