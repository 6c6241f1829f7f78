import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.vercel_token': {
    positive: [
      { text: 'VERCEL_TOKEN=vcp_CejzxdIDIdsUwnXDIWwj8vRwsOqJP6oOe7bLAziJ', match: 'vcp_CejzxdIDIdsUwnXDIWwj8vRwsOqJP6oOe7bLAziJ' },
      { text: 'vercel_token: ONweVXlob4hB8eDmntXpGqRL', match: 'ONweVXlob4hB8eDmntXpGqRL' },
    ],
    negative: [
      'vcp_abc',
    ],
  },
} satisfies DetectorVectorSet;
