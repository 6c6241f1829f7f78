/**
 * GitLab tokens: personal/project/group access (`glpat-`), deploy, runner, trigger, OAuth app, feed, incoming-mail, agent and CI build tokens, plus legacy runner registration tokens.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const gitlab = defineSecretRule({
  id: 'secret.gitlab_token',
  description: 'GitLab access, deploy, runner, pipeline-trigger, OAuth, feed or agent token.',
  validation: 'Per-kind prefix and exact length (routable tokens: base64 payload + version + CRC).',
  severity: 'critical',
  placeholder: 'GITLAB_TOKEN',
  keywords: ["glpat-", "gldt-", "glrt-", "glptt-", "gr1348941", "glsoat-", "gloas-", "glcbt-", "glimt-", "glagent-", "glffct-", "glft-"],
  patterns: [
    // 2024 routable format: payload, `.`, 2-char version, 7-char CRC.
    { rule: 'routable-token', regex: /gl(?:pat|rt)-[0-9A-Za-z_\-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}(?![\w-])/g },
    { rule: 'access-token', regex: /(?:glpat|gldt|glrt|glsoat|glffct|glft)-[0-9A-Za-z_\-]{20}(?![\w-])/g },
    { rule: 'pipeline-trigger-token', regex: /glptt-[0-9a-f]{40}(?![\w-])/g },
    { rule: 'runner-registration-token', regex: /GR1348941[0-9A-Za-z_\-]{20}(?![\w-])/g },
    { rule: 'oauth-app-secret', regex: /gloas-[0-9A-Za-z_\-]{64}(?![\w-])/g },
    { rule: 'other-token', regex: /(?:glcbt-[0-9a-fA-F]{1,5}_[0-9A-Za-z_\-]{20}|glimt-[0-9A-Za-z_\-]{25}|glagent-[0-9A-Za-z_\-]{50})(?![\w-])/g },
  ],
  vectors: {
    positive: [
      { text: 'export GITLAB_TOKEN=glpat-i3yHC1oXt-8qy4-3bmdO', match: 'glpat-i3yHC1oXt-8qy4-3bmdO' },
      { text: 'runner token glrt-GIstriIp9ljM7r04zHBg', match: 'glrt-GIstriIp9ljM7r04zHBg' },
      { text: 'curl -F token=glptt-b08c3ce052e96819b8ac3e6dfeb63cc17fd04d50 -F ref=main', match: 'glptt-b08c3ce052e96819b8ac3e6dfeb63cc17fd04d50' },
      { text: 'registration: GR1348941GQmmVfUZ4ZF3atnEy2pS', match: 'GR1348941GQmmVfUZ4ZF3atnEy2pS' },
    ],
    negative: [
      'glpat_4CDaehbw44PEeCU8HJ28',
      'glptt-IhOtYxpOJKu1ZIgRwZy786o6AX82zS',
      'glsoat-ApEau5MOhh5f-GRanc-AbCNWddooazVW6D3Ek3PX',
    ],
  },
});
