/**
 * Cloudflare Origin CA keys (`v1.0-…`), account/user API tokens (`cfat_`/`cfut_`), and API tokens/global keys next to a cloudflare keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const cloudflare = defineSecretRule({
  id: 'secret.cloudflare_key',
  description: 'Cloudflare API token, global API key or Origin CA key.',
  validation: 'Origin CA key shape; token prefix; 40-char token or 37-hex global key after a cloudflare name.',
  severity: 'critical',
  placeholder: 'CLOUDFLARE_KEY',
  keywords: ["v1.0-", "cfat_", "cfut_", "cloudflare", "cf_", "cf-"],
  patterns: [
    { rule: 'origin-ca-key', regex: /v1\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![A-Za-z0-9_])/g },
    { rule: 'api-token', regex: /cf[au]t_[A-Za-z0-9]{40,60}(?![A-Za-z0-9_])/g },
    { rule: 'keyword-token', regex: /(?:cloudflare|\bcf)[\w.\-]{0,24}?(?:token|key|secret|auth)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9_\-]{40}|[a-f0-9]{37})(?![\w\-])/gid, confidence: 0.7 },
  ],
});
