/**
 * HashiCorp Vault service, batch and recovery tokens (`hvs.`, `hvb.`, `hvr.`) and legacy `s.` tokens next to a vault keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const vault = defineSecretRule({
  id: 'secret.vault_token',
  description: 'HashiCorp Vault token.',
  validation: '`hvs.`/`hvb.`/`hvr.` + \u2265 90 base64url; legacy `s.` + 24 only after a vault name.',
  severity: 'critical',
  placeholder: 'VAULT_TOKEN',
  keywords: ["hvs.", "hvb.", "hvr.", "vault"],
  patterns: [
    { rule: 'service-token', regex: /hv[sbr]\.[A-Za-z0-9_\-]{90,400}(?![\w-])/g },
    { rule: 'legacy-token', regex: /vault[\w\-]{0,20}[^\n]{0,20}?\b(?<s>[sb]\.[A-Za-z0-9]{24})(?![\w\-])/gid, confidence: 0.7 },
  ],
});
