import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.vault_token': {
    positive: [
      { text: 'VAULT_TOKEN=hvs.kehjLg9yXtntwTTQjQWm0-KvTxRwOwv0G0dEZflU_JdLTmyxeem-xmPNfnlSRF7Qx0Hgf8vXnr6S2FP5UINPf97sr3Z', match: 'hvs.kehjLg9yXtntwTTQjQWm0-KvTxRwOwv0G0dEZflU_JdLTmyxeem-xmPNfnlSRF7Qx0Hgf8vXnr6S2FP5UINPf97sr3Z' },
      { text: 'export VAULT_TOKEN=s.ALVyvvXlvVPBSlkXMHMQpw8Z', match: 's.ALVyvvXlvVPBSlkXMHMQpw8Z' },
      { text: "vault operator unseal SwYDxT6VCqIoaMGvYw3lUL9lDJT9ufFREsznOW24ekD5", match: "SwYDxT6VCqIoaMGvYw3lUL9lDJT9ufFREsznOW24ekD5" },
    ],
    negative: [
      'hvs.abc',
      'function(){s.addComponentsFromRegistry()}',
      "vault operator unseal -migrate",
      "run vault operator unseal three times",
    ],
  },
} satisfies DetectorVectorSet;
