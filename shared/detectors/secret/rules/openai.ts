/**
 * OpenAI API keys: legacy user keys (`sk-…T3BlbkFJ…`) and project/service-account/admin keys (`sk-proj-`, `sk-svcacct-`, `sk-admin-`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const openai = defineSecretRule({
  id: 'secret.openai_key',
  description: 'OpenAI API key (user, project, service account or admin).',
  validation: 'Prefix + length; every key kind must contain `T3BlbkFJ` (base64 of "OpenAI").',
  severity: 'critical',
  placeholder: 'OPENAI_KEY',
  keywords: ["sk-"],
  patterns: [
    // `T3BlbkFJ` is base64 for "OpenAI": legacy user keys and today's project, service-account and
    // admin keys all carry it (gitleaks' and kingfisher's OpenAI rules require it too), so a
    // `sk-proj-…` string without it is not an OpenAI key.
    { rule: 'legacy-key', regex: /sk-[A-Za-z0-9]{20,80}T3BlbkFJ[A-Za-z0-9]{20,80}(?![\w-])/g },
    { rule: 'project-key', regex: /sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{20,160}T3BlbkFJ[A-Za-z0-9_\-]{20,160}(?![\w-])/g },
  ],
});
