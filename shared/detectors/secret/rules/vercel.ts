/**
 * Vercel personal, integration, app-access, refresh and API-key tokens (`vcp_` `vci_` `vca_` `vcr_` `vck_`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const vercel = defineSecretRule({
  id: 'secret.vercel_token',
  description: 'Vercel token.',
  validation: 'Prefix + 24\u201364 base62.',
  severity: 'high',
  placeholder: 'VERCEL_TOKEN',
  keywords: ["vcp_", "vci_", "vca_", "vcr_", "vck_", "vercel"],
  patterns: [
    { rule: 'token', regex: /vc[pciark]_[A-Za-z0-9]{24,64}(?![A-Za-z0-9_])/g },
    { rule: 'legacy-token', regex: /(?:vercel)[\w.\-]{0,24}?(?:token|key|secret)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9]{24})(?![\w\-])/gid },
  ],
});
