/**
 * Grafana Cloud tokens (`glc_`), service-account tokens (`glsa_`) and legacy API keys (base64 JSON starting `eyJrIjoi`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const grafana = defineSecretRule({
  id: 'secret.grafana_token',
  description: 'Grafana API, cloud or service-account token.',
  validation: 'Prefix + length; legacy keys are base64 of `{"k":\u2026`.',
  severity: 'high',
  placeholder: 'GRAFANA_TOKEN',
  keywords: ["glc_", "glsa_", "eyjrijoi"],
  patterns: [
    { rule: 'cloud-token', regex: /glc_[A-Za-z0-9+/]{32,400}={0,2}(?![\w+/=-])/g },
    { rule: 'service-account-token', regex: /glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![A-Za-z0-9_])/g },
    { rule: 'api-key', regex: /eyJrIjoi[A-Za-z0-9+/]{60,400}={0,2}(?![\w+/=-])/g },
  ],
});
