/**
 * Slack bot/user/app/legacy/configuration tokens (`xoxb-` `xoxp-` `xapp-` `xoxe.` …) and incoming/workflow webhook URLs.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const slack = defineSecretRule({
  id: 'secret.slack_token',
  description: 'Slack API token or incoming webhook URL.',
  validation: '`xox?`/`xapp` prefix followed by the numeric workspace/user segments; webhook path shape.',
  severity: 'critical',
  placeholder: 'SLACK_TOKEN',
  keywords: ["xox", "xapp-", "hooks.slack.com/"],
  patterns: [
    { rule: 'api-token', regex: /xox[abposre]-\d[0-9A-Za-z\-]{8,250}(?![\w-])/g },
    { rule: 'config-token', regex: /xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{100,200}(?![\w-])/g },
    { rule: 'app-token', regex: /xapp-\d-[A-Z0-9]{9,14}-\d{6,16}-[a-z0-9]{32,80}(?![\w-])/g },
    { rule: 'webhook', regex: /https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{30,120}/g, severity: 'high', placeholder: 'SLACK_WEBHOOK', back: 8, anchors: ['hooks.slack.com/'] },
  ],
});
