/**
 * Anthropic API and admin keys (`sk-ant-api03-…`, `sk-ant-admin01-…`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const anthropic = defineSecretRule({
  id: 'secret.anthropic_key',
  description: 'Anthropic (Claude) API or admin key.',
  validation: '`sk-ant-<kind><2 digits>-` + 80\u2013110 base64url characters.',
  severity: 'critical',
  placeholder: 'ANTHROPIC_KEY',
  keywords: ["sk-ant-"],
  patterns: [
    { rule: 'api-key', regex: /sk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_\-]{80,110}(?![\w-])/g },
  ],
  vectors: {
    positive: [
      { text: 'ANTHROPIC_API_KEY=sk-ant-api03-1ufYvLyonGeuSyX1IHeEgy14IImYd5fn_KVKDGk7fi0B4IIlL3eZOMR0ODa-V4_FFdnh0QDn7veXmZJ83PCGpiRwzhT7oAA', match: 'sk-ant-api03-1ufYvLyonGeuSyX1IHeEgy14IImYd5fn_KVKDGk7fi0B4IIlL3eZOMR0ODa-V4_FFdnh0QDn7veXmZJ83PCGpiRwzhT7oAA' },
      { text: 'x-api-key: sk-ant-admin01-sgQX7kxm1iNWjnrhAfA87xWmT1FdrdjNrDZqqwK8hD-kfBFuWM5tqUzXlqz35bQEWVOsfXHFReW0BvctVMIAxCAak9g0wAA', match: 'sk-ant-admin01-sgQX7kxm1iNWjnrhAfA87xWmT1FdrdjNrDZqqwK8hD-kfBFuWM5tqUzXlqz35bQEWVOsfXHFReW0BvctVMIAxCAak9g0wAA' },
    ],
    negative: [
      'sk-ant-api03-short',
      'sk-ant-UIW6RwiJ0leIrLWyJQZERTeMTwsGZ3fsdW0Wo0SozGJon_YTR2fHHkTNelT5hLRmvH9gkEqTW3LGhur_wutpoSkHOI',
    ],
  },
});
