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
  vectors: {
    positive: [
      { text: 'DIGITALOCEAN_TOKEN=dop_v1_ce0903b81b8ee556436cdc8892711b041df3837aa39b66303b554b72f5109a3a', match: 'dop_v1_ce0903b81b8ee556436cdc8892711b041df3837aa39b66303b554b72f5109a3a' },
      { text: 'doctl auth init -t doo_v1_04818919f8a7fabf31d18c38378b59b6abf3e450f106f01194926fcfa607a655', match: 'doo_v1_04818919f8a7fabf31d18c38378b59b6abf3e450f106f01194926fcfa607a655' },
    ],
    negative: [
      'dop_v1_cb61a5f65a1343be4d769e02049fb045',
      'dop_v2_decf71ad9a825ada20f7c715a5324ee52fc57c7ba7a02e895204fe4dc076fba7',
    ],
  },
});
