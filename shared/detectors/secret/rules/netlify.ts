/**
 * Netlify personal access / OAuth tokens (`nfp_`, `nfo_`, `nfc_`, `nfu_`) and 64-hex tokens next to a netlify keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const netlify = defineSecretRule({
  id: 'secret.netlify_token',
  description: 'Netlify access token.',
  validation: 'Prefix + 36\u201340 base62, or 43\u201364 chars after a netlify name.',
  severity: 'high',
  placeholder: 'NETLIFY_TOKEN',
  keywords: ["nfp_", "nfo_", "nfc_", "nfu_", "netlify"],
  patterns: [
    { rule: 'access-token', regex: /nf[pocu]_[A-Za-z0-9]{36,40}(?![A-Za-z0-9_])/g },
    { rule: 'legacy-token', regex: /(?:netlify)[\w.\-]{0,24}?(?:token|key|secret|auth)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9_\-]{43,64})(?![\w\-])/gid },
  ],
});
