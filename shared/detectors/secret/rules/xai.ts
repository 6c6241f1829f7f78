/**
 * xAI (Grok) API keys (`xai-`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const xai = defineSecretRule({
  id: 'secret.xai_key',
  description: 'xAI API key.',
  validation: '`xai-` + 80 base62.',
  severity: 'high',
  placeholder: 'XAI_KEY',
  keywords: ["xai-"],
  patterns: [
    { rule: 'api-key', regex: /xai-[A-Za-z0-9]{80}(?![A-Za-z0-9_])/g },
  ],
  vectors: {
    positive: [
      { text: 'XAI_API_KEY=xai-4oHW0nXiOOOCYfXvbnu5Q7WaNggPLrdK2rsMStxL7Tc6b6kz3RtpStijkhZjXYNU5VDY9SvLr8STWNlz', match: 'xai-4oHW0nXiOOOCYfXvbnu5Q7WaNggPLrdK2rsMStxL7Tc6b6kz3RtpStijkhZjXYNU5VDY9SvLr8STWNlz' },
    ],
    negative: [
      'xai-short',
    ],
  },
});
