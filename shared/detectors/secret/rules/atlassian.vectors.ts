import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.atlassian_token': {
    positive: [
      { text: 'JIRA_API_TOKEN=ATATT3o6WcxZECX2ke0wMd4F323-M6cM_RgKstWZ9CxqvH3YSMsVCDjAOwtmh2zmMV26r5Z0BBmOQWmscltLEAeelgmX8769uNfwmgagTfHiKlCWsC4bBB97etyXwLTZ10NLnJqrFxPD2rj2qj2rQcG0f6kM2BZ2v9kw53HPgyG15jsqKozThy94wa', match: 'ATATT3o6WcxZECX2ke0wMd4F323-M6cM_RgKstWZ9CxqvH3YSMsVCDjAOwtmh2zmMV26r5Z0BBmOQWmscltLEAeelgmX8769uNfwmgagTfHiKlCWsC4bBB97etyXwLTZ10NLnJqrFxPD2rj2qj2rQcG0f6kM2BZ2v9kw53HPgyG15jsqKozThy94wa' },
      { text: 'jira_token: qod3SjrQQs9nJ2z0aP2aV1qS', match: 'qod3SjrQQs9nJ2z0aP2aV1qS' },
      { text: 'app password ATBB9wI9DEZMGsZuNwMEcFzPnZiv7R7O2zRO', match: 'ATBB9wI9DEZMGsZuNwMEcFzPnZiv7R7O2zRO' },
    ],
    negative: [
      'ATATT3short',
      'jira_token: ERRm9STut2',
    ],
  },
} satisfies DetectorVectorSet;
