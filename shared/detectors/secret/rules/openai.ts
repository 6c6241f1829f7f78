/**
 * OpenAI API keys: legacy user keys (`sk-…T3BlbkFJ…`) and project/service-account/admin keys (`sk-proj-`, `sk-svcacct-`, `sk-admin-`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const openai = defineSecretRule({
  id: 'secret.openai_key',
  description: 'OpenAI API key (user, project, service account or admin).',
  validation: 'Prefix + length; legacy keys must contain `T3BlbkFJ` (base64 of "OpenAI").',
  severity: 'critical',
  placeholder: 'OPENAI_KEY',
  keywords: ["sk-"],
  patterns: [
    // `T3BlbkFJ` is base64 for "OpenAI"; every pre-2024 key carries it.
    { rule: 'legacy-key', regex: /sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_\-]{20,80}T3BlbkFJ[A-Za-z0-9_\-]{20,80}(?![\w-])/g },
    { rule: 'project-key', regex: /sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{80,250}(?![\w-])/g },
  ],
  vectors: {
    positive: [
      { text: 'OPENAI_API_KEY=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', match: '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' },
      { text: 'client = OpenAI(api_key="sk-proj-M5H_kT9SBG9BaJTBdv3j7y59R5ZfA1LYKvG5KPyyRdyO57Ojp6HQ6iTlY8K-qy0VptOtRY-l31pnGQwBCH2quXXJy_OxQuJ_22NrE40jz-Byz_W65NO5vb180acfA0QN6DqJ-qkHchd4--uJGJFxUDZtqxgQ")', match: 'sk-proj-M5H_kT9SBG9BaJTBdv3j7y59R5ZfA1LYKvG5KPyyRdyO57Ojp6HQ6iTlY8K-qy0VptOtRY-l31pnGQwBCH2quXXJy_OxQuJ_22NrE40jz-Byz_W65NO5vb180acfA0QN6DqJ-qkHchd4--uJGJFxUDZtqxgQ' },
    ],
    negative: [
      'sk-proj-abc',
      'sk-9Ef8LeUEFSb3Jfyg5ME3V0AiE4o4pTBZTx5b3CP1IdwkHOHW',
    ],
  },
});
