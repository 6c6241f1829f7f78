import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.iban': {
    positive: [
      { text: 'Pay to DE89 3704 0044 0532 0130 00 by Friday', match: 'DE89 3704 0044 0532 0130 00' },
      { text: 'GB82WEST12345698765432' },
      { text: 'iban: fr1420041010050500013m02606.', match: 'fr1420041010050500013m02606' },
    ],
    negative: ['DE89 3704 0044 0532 0130 01', 'GB82WEST1234569876543', 'XX82WEST12345698765432', 'DE89370400440532013000123'],
  },
} satisfies DetectorVectorSet;
