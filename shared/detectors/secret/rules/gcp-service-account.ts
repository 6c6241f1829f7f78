/**
 * Google Cloud service-account key files (JSON with `private_key` and `client_email`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';
import { serviceAccountJson } from '../lib/validators';

export const gcpServiceAccount = defineSecretRule({
  id: 'secret.gcp_service_account',
  description: 'GCP service-account JSON key (its private_key).',
  validation: '`"private_key": "-----BEGIN PRIVATE KEY-----\u2026"` with a real body in a JSON that also has client_email or type service_account.',
  severity: 'critical',
  placeholder: 'PRIVATE_KEY',
  keywords: ["\"private_key\""],
  patterns: [
    { rule: 'service-account-key', regex: /"private_key"\s{0,4}:\s{0,4}"(?<s>-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,8000}-----END PRIVATE KEY-----(?:\\n)?)"/gd, confidence: 0.85, validate: serviceAccountJson, skipPlaceholderCheck: true },
  ],
});
