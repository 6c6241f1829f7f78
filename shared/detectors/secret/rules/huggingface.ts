/**
 * Hugging Face user access tokens (`hf_`) and legacy organisation API tokens (`api_org_`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const huggingface = defineSecretRule({
  id: 'secret.huggingface_token',
  description: 'Hugging Face access or organisation token.',
  validation: 'Prefix + exactly 34 letters (Hugging Face tokens contain no digits).',
  severity: 'high',
  placeholder: 'HF_TOKEN',
  keywords: ["hf_", "api_org_"],
  patterns: [
    { rule: 'user-token', regex: /hf_[A-Za-z]{34}(?![A-Za-z0-9_])/g },
    { rule: 'org-token', regex: /api_org_[A-Za-z]{34}(?![A-Za-z0-9_])/g },
  ],
});
