/**
 * LangSmith/LangChain personal and service keys (`lsv2_pt_`, `lsv2_sk_`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const langsmith = defineSecretRule({
  id: 'secret.langsmith_key',
  description: 'LangSmith API key.',
  validation: 'Prefix + 32 hex + `_` + 10 hex.',
  severity: 'high',
  placeholder: 'LANGSMITH_KEY',
  keywords: ["lsv2_"],
  patterns: [
    { rule: 'api-key', regex: /lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}(?![A-Za-z0-9_])/g },
  ],
});
