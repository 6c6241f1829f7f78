/**
 * DigitalOcean personal access, OAuth and refresh tokens (`dop_v1_`, `doo_v1_`, `dor_v1_`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const digitalocean = defineSecretRule({
  id: 'secret.digitalocean_token',
  description: 'DigitalOcean API token.',
  validation: 'Prefix + 64 hex characters.',
  severity: 'critical',
  placeholder: 'DIGITALOCEAN_TOKEN',
  keywords: ["dop_v1_", "doo_v1_", "dor_v1_"],
  patterns: [
    { rule: 'token', regex: /do[opr]_v1_[a-f0-9]{64}(?![A-Za-z0-9_])/g },
  ],
});
