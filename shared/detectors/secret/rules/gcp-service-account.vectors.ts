import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.gcp_service_account': {
    positive: [
      { text: '{"type": "service_account", "project_id": "acme-prod", "private_key_id": "{hex:40}", "private_key": "-----BEGIN PRIVATE KEY-----\\ns66BbErNauXaf6v8wUMjvZwkPleUBeMLoZC4dYI5SRHYjR2fH75ul+sEXW6X2Oxk\\nYbQDUumiBmnosbZo7vE8TEESH/AjuqLO7A+V5de9ldHadfmiZswzbNTECIy1fq9B\\n-----END PRIVATE KEY-----\\n", "client_email": "ci@acme-prod.iam.gserviceaccount.com"}', match: '-----BEGIN PRIVATE KEY-----\\ns66BbErNauXaf6v8wUMjvZwkPleUBeMLoZC4dYI5SRHYjR2fH75ul+sEXW6X2Oxk\\nYbQDUumiBmnosbZo7vE8TEESH/AjuqLO7A+V5de9ldHadfmiZswzbNTECIy1fq9B\\n-----END PRIVATE KEY-----\\n' },
    ],
    negative: [
      '{"type":"service_account","private_key":"-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n","client_email":"svc@p.iam.gserviceaccount.com"}',
    ],
  },
} satisfies DetectorVectorSet;
