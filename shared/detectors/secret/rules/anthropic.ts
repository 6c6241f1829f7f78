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
});
