/**
 * Doppler personal, service, service-account, CLI, SCIM and audit tokens (`dp.pt.` …).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const doppler = defineSecretRule({
  id: 'secret.doppler_token',
  description: 'Doppler API token.',
  validation: '`dp.<kind>.` (+ optional environment) + 40\u201344 base62.',
  severity: 'critical',
  placeholder: 'DOPPLER_TOKEN',
  keywords: ["dp."],
  patterns: [
    { rule: 'token', regex: /dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_\-]{2,35}\.)?[A-Za-z0-9]{40,44}(?![A-Za-z0-9_])/g },
  ],
});
