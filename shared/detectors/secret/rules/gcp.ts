/**
 * Google Cloud / Google API credentials: API keys (`AIza…`), OAuth client secrets (`GOCSPX-…`), OAuth access (`ya29.…`) and refresh (`1//0…`) tokens.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const gcp = defineSecretRule({
  id: 'secret.gcp_api_key',
  description: 'Google API key, OAuth client secret, access token or refresh token.',
  validation: 'Literal prefix and exact length per format.',
  severity: 'high',
  placeholder: 'GOOGLE_API_KEY',
  keywords: ["aiza", "gocspx-", "ya29.", "1//0"],
  patterns: [
    { rule: 'api-key', regex: /AIza[0-9A-Za-z_\-]{35}(?![\w-])/g },
    { rule: 'oauth-client-secret', regex: /GOCSPX-[0-9A-Za-z_\-]{28}(?![\w-])/g },
    { rule: 'oauth-access-token', regex: /ya29\.[0-9A-Za-z_\-]{30,1024}(?![\w-])/g },
    { rule: 'oauth-refresh-token', regex: /1\/\/0[0-9A-Za-z_\-]{40,512}(?![\w-])/g },
  ],
});
