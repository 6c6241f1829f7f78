import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.slack_token': {
    positive: [
      { text: 'SLACK_BOT_TOKEN=xoxb-931043723305-0829125705909-Tylrv1IPluyYKcWVvBi2FCzP', match: 'xoxb-931043723305-0829125705909-Tylrv1IPluyYKcWVvBi2FCzP' },
      { text: 'token=xoxp-00231830177-83617907741-9589082876233-fe93e81dd58a0c1f9a51bb5d9fb33fde', match: 'xoxp-00231830177-83617907741-9589082876233-fe93e81dd58a0c1f9a51bb5d9fb33fde' },
      { text: 'SLACK_APP_TOKEN=xapp-1-AX1AW0MXUTG-7162800502363-53e37876d6dd9f9b9f5f9707d5bbd933e4a241d65099eec01407ec6a1b044da0', match: 'xapp-1-AX1AW0MXUTG-7162800502363-53e37876d6dd9f9b9f5f9707d5bbd933e4a241d65099eec01407ec6a1b044da0' },
      { text: 'url: https://hooks.slack.com/services/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', match: 'https://hooks.slack.com/services/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' },
      { text: "refresh_token: xoxe-1-4448496767510-1163469834799-88d013782257bffb6aaf423e6ed8c4b4a95db3ea22dfe9029629fa947bab3ae8", match: "xoxe-1-4448496767510-1163469834799-88d013782257bffb6aaf423e6ed8c4b4a95db3ea22dfe9029629fa947bab3ae8" },
    ],
    negative: [
      'xoxb-abc',
      'see https://hooks.slack.com/services/ for details',
      'xoxp-ueUsTF',
    ],
  },
} satisfies DetectorVectorSet;
