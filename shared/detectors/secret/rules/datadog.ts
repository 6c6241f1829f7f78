/**
 * Datadog API keys (32 hex) and application keys (40 hex), found by their datadog/dd keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const datadog = defineSecretRule({
  id: 'secret.datadog_key',
  description: 'Datadog API or application key.',
  validation: '32 or 40 hex characters after a datadog/DD_API_KEY/DD_APP_KEY name.',
  severity: 'high',
  placeholder: 'DATADOG_KEY',
  keywords: ["datadog", "dd_", "dd-"],
  patterns: [
    { rule: 'api-or-app-key', regex: /(?:datadog|\bdd[_\-])[\w.\-]{0,24}?(?:api|app|application|key|token|secret)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[a-f0-9]{40}|[a-f0-9]{32})(?![\w\-])/gid },
  ],
});
