/**
 * Figma personal access tokens (`figd_`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const figma = defineSecretRule({
  id: 'secret.figma_token',
  description: 'Figma personal access token.',
  validation: '`figd_` + 40 base64url.',
  severity: 'high',
  placeholder: 'FIGMA_TOKEN',
  keywords: ["figd_"],
  patterns: [
    { rule: 'personal-access-token', regex: /figd_[A-Za-z0-9_\-]{40}(?![\w-])/g },
  ],
});
