import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.paypal_braintree_token': {
    positive: [
      { text: 'BRAINTREE_TOKEN=access_token$production$s2sv6vzggzbjyez2$1d793ac439a18004c8d87f0bffcc1c9c', match: 'access_token$production$s2sv6vzggzbjyez2$1d793ac439a18004c8d87f0bffcc1c9c' },
    ],
    negative: [
      'access_token$production$short$abc',
    ],
  },
} satisfies DetectorVectorSet;
