import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.okta_token': {
    positive: [
      { text: 'Authorization: SSWS 00Qzq2Y3j5OLpYH6m2NWOJLDt6xnyB8cg7t1mGBd8w', match: '00Qzq2Y3j5OLpYH6m2NWOJLDt6xnyB8cg7t1mGBd8w' },
      { text: 'OKTA_API_TOKEN=00jVApMtcO6-IkWPZpnomOVr8JW_F4U190CCc7BMQp', match: '00jVApMtcO6-IkWPZpnomOVr8JW_F4U190CCc7BMQp' },
    ],
    negative: [
      'okta_org_url=https://acme.okta.com',
      '00DybIO9zeiSqTkxP5bFLEzCvOKypFjHCaTtxWWn3y',
    ],
  },
} satisfies DetectorVectorSet;
