/**
 * GitLab tokens: personal/project/group access (`glpat-`), deploy, runner, trigger, OAuth app, feed, incoming-mail, agent and CI build tokens, plus legacy runner registration tokens.
 */
import { crc32Base36Suffix } from '../lib/checksum';
import { defineSecretRule } from '../lib/define-secret-rule';

export const gitlab = defineSecretRule({
  id: 'secret.gitlab_token',
  description: 'GitLab access, deploy, runner, pipeline-trigger, OAuth, feed or agent token.',
  validation: 'Per-kind prefix and exact length (routable tokens: base64 payload + version + CRC).',
  severity: 'critical',
  placeholder: 'GITLAB_TOKEN',
  keywords: ["glpat-", "gldt-", "glrt-", "glptt-", "gr1348941", "glsoat-", "gloas-", "glcbt-", "glimt-", "glagent-", "glffct-", "glft-"],
  patterns: [
    // Routable format: payload, `.`, 2-char version and `.` (since 2025-04), 2-char payload
    // length, 7-char CRC32 of all before it. The CRC only raises confidence (its input is read from
    // GitLab's generator, not a spec), but a masked `glpat-xxxx….xxxxxxxxx` cannot pass it: no finding.
    {
      rule: 'routable-token',
      regex: /gl(?:pat|rt)-[0-9A-Za-z_\-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{2}[0-9a-z]{7}(?![\w-])/g,
      failPenalty: 0,
      validate: crc32Base36Suffix,
    },
    { rule: 'access-token', regex: /(?:glpat|gldt|glrt|glsoat|glffct|glft)-[0-9A-Za-z_\-]{20}(?![\w-])/g },
    { rule: 'pipeline-trigger-token', regex: /glptt-[0-9a-f]{40}(?![\w-])/g },
    { rule: 'runner-registration-token', regex: /GR1348941[0-9A-Za-z_\-]{20}(?![\w-])/g },
    { rule: 'oauth-app-secret', regex: /gloas-[0-9A-Za-z_\-]{64}(?![\w-])/g },
    { rule: 'other-token', regex: /(?:glcbt-[0-9a-fA-F]{1,5}_[0-9A-Za-z_\-]{20}|glimt-[0-9A-Za-z_\-]{25}|glagent-[0-9A-Za-z_\-]{50,1024})(?![\w-])/g },
  ],
});
