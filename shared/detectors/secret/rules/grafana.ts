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
  vectors: {
    positive: [
      { text: 'GRAFANA_TOKEN=glsa_turR9NWQyC248sKsESm2k4CK29Z0Z5yt_3a1904b7', match: 'glsa_turR9NWQyC248sKsESm2k4CK29Z0Z5yt_3a1904b7' },
      { text: 'Authorization: Bearer glc_HncL1dLC4rYtALNmL1L5jwDUJ7hWEicakvoXOA7F9a0Kutn5J0wJuSE6rFhv6XNEdaWLhvbBE0zSWTQ9k3tkcaNofu2AJyEwQ95os4irvdzdY4doDrnE1Ryb', match: 'glc_HncL1dLC4rYtALNmL1L5jwDUJ7hWEicakvoXOA7F9a0Kutn5J0wJuSE6rFhv6XNEdaWLhvbBE0zSWTQ9k3tkcaNofu2AJyEwQ95os4irvdzdY4doDrnE1Ryb' },
      { text: 'key=eyJrIjoi6V919BdJYShLkpz2L4fJnimQvs44PQn5waJ9NG0O46aC7tHc6ekaBMMjaTjIHD9YFBYwhae51Kn8aQtg', match: 'eyJrIjoi6V919BdJYShLkpz2L4fJnimQvs44PQn5waJ9NG0O46aC7tHc6ekaBMMjaTjIHD9YFBYwhae51Kn8aQtg' },
    ],
    negative: [
      'glsa_short',
    ],
  },
});
