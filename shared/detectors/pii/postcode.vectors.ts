import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.postcode': {
    positive: [
      { text: 'SW1A 1AA' },
      { text: 'office in EC1V 9HX today', match: 'EC1V 9HX' },
      { text: 'zip code 94105-1234', match: '94105-1234' },
      { text: 'send cheques to GIR 0AA', match: 'GIR 0AA' },
      { text: 'Postcode: 3511 LX, Utrecht', match: '3511 LX' },
      { text: 'CEP 01310-200 (São Paulo)', match: '01310-200' },
      { text: 'the zipcode is 101 for Reykjavik', match: '101' },
    ],
    negative: ['QV1A 1AA', 'order 94105', 'AB12 3CI', 'rate cap 1000', 'PIN code 4821', 'XGIR0AA', 'zip 20, then 30'],
  },
} satisfies DetectorVectorSet;
