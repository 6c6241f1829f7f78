/**
 * Algolia admin/write API keys (32 hex) next to an algolia keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const algolia = defineSecretRule({
  id: 'secret.algolia_key',
  description: 'Algolia API key.',
  validation: '32 hex after an algolia name.',
  severity: 'high',
  placeholder: 'ALGOLIA_KEY',
  keywords: ["algolia"],
  patterns: [
    { rule: 'api-key', regex: /(?:algolia)[\w.\-]{0,24}?(?:key|token|secret)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[a-f0-9]{32})(?![\w\-])/gid },
  ],
});
