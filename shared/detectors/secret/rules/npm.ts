/**
 * npm access tokens (`npm_`, with embedded CRC32) and `.npmrc` `_authToken` / `_auth` / `_password` values.
 */
import { crc32Base62Checksum } from '../lib/checksum';
import type { DetectorInput, ValidatorResult } from '../../../engine/types';
import { defineSecretRule } from '../lib/define-secret-rule';

/**
 * npm scopes credentials to a registry with a "nerf-darted" key: `//host[:port][/path]/:_authToken`
 * (npm docs, `.npmrc` auth settings). `//host:_authToken`, `host/:_authToken` and `///:_authToken`
 * are not keys npm reads, so the value after them is no npm credential.
 */
const NERF_DART = /(?:^|[\s"'=])\/\/[A-Za-z0-9][A-Za-z0-9.\-]*(?::\d{1,5})?(?:\/[^\s:/]+)*\/:_(?:authToken|auth|password)\s{0,3}=\s{0,3}["']?$/;
/** How far before the value the key may start (host and path). */
const MAX_KEY = 256;

function npmrcKey(_value: string, input: DetectorInput, start: number): ValidatorResult | null {
  const lineStart = input.text.lastIndexOf('\n', start - 1) + 1;
  const key = input.text.slice(Math.max(lineStart, start - MAX_KEY), start);
  return NERF_DART.test(key) ? { name: 'npmrc-key', passed: true, detail: '//registry/:_authToken key' } : null;
}

export const npm = defineSecretRule({
  id: 'secret.npm_token',
  description: 'npm access token or `.npmrc` registry credential.',
  validation: '`npm_` + 36 base62 (checksum raises confidence); `.npmrc` value after a `//registry/:_authToken=` key.',
  severity: 'critical',
  placeholder: 'NPM_TOKEN',
  keywords: ["npm_", ":_auth", ":_password"],
  patterns: [
    { rule: 'access-token', regex: /npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, failPenalty: 0, validate: crc32Base62Checksum },
    { rule: 'npmrc-credential', regex: /:_(?:authToken|auth|password)\s{0,3}=\s{0,3}["']?(?<s>[A-Za-z0-9_\-.+/=]{16,512})/gd, confidence: 0.75, validate: npmrcKey },
  ],
});
