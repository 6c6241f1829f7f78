/**
 * HashiCorp Vault service, batch and recovery tokens (`hvs.`, `hvb.`, `hvr.`) and legacy `s.` tokens next to a vault keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const vault = defineSecretRule({
  id: 'secret.vault_token',
  description: 'HashiCorp Vault token or unseal key share.',
  validation: '`hvs.`/`hvb.`/`hvr.` + \u2265 90 base64url; legacy `s.` + 24 only after a vault name; unseal key shares after `vault operator unseal`.',
  severity: 'critical',
  placeholder: 'VAULT_TOKEN',
  keywords: ["hvs.", "hvb.", "hvr.", "vault", "operator unseal"],
  patterns: [
    { rule: 'service-token', regex: /hv[sbr]\.[A-Za-z0-9_\-]{90,400}(?![\w-])/g },
    // Shamir unseal key shares: base64 of 33 bytes (44 chars) or hex (66), given to `vault operator unseal`.
    { rule: 'unseal-key', regex: /operator unseal(?:[ \t]+-[\w-]+(?:=\S*)?)*[ \t]+(?<s>[A-Za-z0-9+/]{43}[A-Za-z0-9+/=]|[a-f0-9]{66})(?![\w+/=-])/gd, anchors: ['operator unseal'] },
    { rule: 'legacy-token', regex: /vault[\w\-]{0,20}[^\n]{0,20}?\b(?<s>[sb]\.[A-Za-z0-9]{24})(?![\w\-])/gid, confidence: 0.7 },
  ],
});
