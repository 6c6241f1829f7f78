/**
 * Linear personal API keys and OAuth tokens.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const linear = defineSecretRule({
  id: 'secret.linear_key',
  description: 'Linear API key or OAuth token.',
  validation: '`lin_api_`/`lin_oauth_` + 40 base62.',
  severity: 'high',
  placeholder: 'LINEAR_KEY',
  keywords: ["lin_api_", "lin_oauth_"],
  patterns: [
    { rule: 'api-key', regex: /lin_(?:api|oauth)_[A-Za-z0-9]{40}(?![A-Za-z0-9_])/g },
  ],
});
