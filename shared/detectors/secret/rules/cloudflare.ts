/**
 * Cloudflare Origin CA keys (`v1.0-…`), account/user API tokens (`cfat_`/`cfut_`), and API tokens/global keys next to a cloudflare keyword.
 */
import { crc32HexChecksum } from '../lib/checksum';
import { defineSecretRule } from '../lib/define-secret-rule';

export const cloudflare = defineSecretRule({
  id: 'secret.cloudflare_key',
  description: 'Cloudflare API token, global API key or Origin CA key.',
  validation: 'Origin CA key shape; `cfat_`/`cfut_` + 40 + CRC32 hex (checked); 40-char token or 37-hex global key after a cloudflare name.',
  severity: 'critical',
  placeholder: 'CLOUDFLARE_KEY',
  keywords: ["v1.0-", "cfat_", "cfut_", "cloudflare", "cf_", "cf-"],
  patterns: [
    { rule: 'origin-ca-key', regex: /v1\.0-(?=[a-f0-9\-]{160})[a-f0-9]{24,64}(?:-[a-f0-9]{24,160}){1,3}(?![A-Za-z0-9_\-])/g },
    // 2025 account/user tokens: 40 base62 + the CRC32 of those 40 as 8 hex digits.
    { rule: 'api-token', regex: /cf[au]t_[A-Za-z0-9]{40}[a-f0-9]{8}(?![A-Za-z0-9_])/g, failPenalty: 0.2, validate: crc32HexChecksum },
    { rule: 'keyword-token', regex: /(?:cloudflare|\bcf)[\w.\-]{0,24}?(?:token|key|secret|auth)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9_\-]{40}|[a-f0-9]{37})(?![\w\-])/gid, confidence: 0.7 },
  ],
});
