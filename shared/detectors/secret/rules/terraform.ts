/**
 * Terraform Cloud / Enterprise API tokens (`<14>.atlasv1.<60–70>`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const terraform = defineSecretRule({
  id: 'secret.terraform_token',
  description: 'Terraform Cloud API token.',
  validation: '14 base62 + `.atlasv1.` + 60\u201370 chars.',
  severity: 'critical',
  placeholder: 'TERRAFORM_TOKEN',
  keywords: [".atlasv1."],
  patterns: [
    { rule: 'api-token', regex: /[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=\-]{60,70}(?![\w-])/g, back: 14 },
  ],
});
