/**
 * Docker Hub personal and organisation access tokens (`dckr_pat_`, `dckr_oat_`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const docker = defineSecretRule({
  id: 'secret.docker_token',
  description: 'Docker Hub access token.',
  validation: 'Prefix + 27 (personal) or 32 (organisation) base64url characters.',
  severity: 'high',
  placeholder: 'DOCKER_TOKEN',
  keywords: ["dckr_"],
  patterns: [
    { rule: 'personal-token', regex: /dckr_pat_[A-Za-z0-9_\-]{27}(?![\w-])/g },
    { rule: 'org-token', regex: /dckr_oat_[A-Za-z0-9_\-]{32}(?![\w-])/g },
  ],
});
