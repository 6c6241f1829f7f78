/**
 * Supabase management API tokens (`sbp_`) and secret API keys (`sb_secret_`). Service-role JWTs are caught by the JWT rule.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const supabase = defineSecretRule({
  id: 'secret.supabase_key',
  description: 'Supabase access token or secret key.',
  validation: '`sbp_` + 40 lower-case alphanumerics; `sb_secret_` + 31\u201340 chars.',
  severity: 'critical',
  placeholder: 'SUPABASE_KEY',
  keywords: ["sbp_", "sb_secret_"],
  patterns: [
    { rule: 'access-token', regex: /sbp_[a-z0-9]{40}(?![A-Za-z0-9_])/g },
    { rule: 'secret-key', regex: /sb_secret_[A-Za-z0-9_\-]{31,40}(?![\w-])/g },
  ],
});
