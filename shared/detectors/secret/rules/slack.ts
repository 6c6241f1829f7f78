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
    { rule: 'api-token', regex: /xox[abposr]-\d[0-9A-Za-z\-]{8,250}(?![\w-])/g },
    { rule: 'config-token', regex: /xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{100,200}(?![\w-])/g },
    { rule: 'app-token', regex: /xapp-\d-[A-Z0-9]{9,14}-\d{6,16}-[a-z0-9]{32,80}(?![\w-])/g },
    { rule: 'webhook', regex: /https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{30,120}/g, severity: 'high', placeholder: 'SLACK_WEBHOOK', back: 8, anchors: ['hooks.slack.com/'] },
  ],
  vectors: {
    positive: [
      { text: 'SLACK_BOT_TOKEN=xoxb-931043723305-0829125705909-Tylrv1IPluyYKcWVvBi2FCzP', match: 'xoxb-931043723305-0829125705909-Tylrv1IPluyYKcWVvBi2FCzP' },
      { text: 'token=xoxp-00231830177-83617907741-9589082876233-fe93e81dd58a0c1f9a51bb5d9fb33fde', match: 'xoxp-00231830177-83617907741-9589082876233-fe93e81dd58a0c1f9a51bb5d9fb33fde' },
      { text: 'SLACK_APP_TOKEN=xapp-1-AX1AW0MXUTG-7162800502363-53e37876d6dd9f9b9f5f9707d5bbd933e4a241d65099eec01407ec6a1b044da0', match: 'xapp-1-AX1AW0MXUTG-7162800502363-53e37876d6dd9f9b9f5f9707d5bbd933e4a241d65099eec01407ec6a1b044da0' },
      { text: 'url: https://hooks.slack.com/services/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', match: 'https://hooks.slack.com/services/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' },
    ],
    negative: [
      'xoxb-abc',
      'see https://hooks.slack.com/services/ for details',
      'xoxp-ueUsTF',
    ],
  },
});
