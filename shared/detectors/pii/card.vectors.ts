import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.card': {
    positive: [
      { text: 'My card 4735 2376 7710 6546 expires soon', match: '4735 2376 7710 6546' },
      { text: '4454794511390933' },
      { text: 'amex 340376792748116 please', match: '340376792748116' },
      { text: 'card number 630427373398 is lost', match: '630427373398' },
      { text: 'pay with 4111-1111-1111-1111 12/27', match: '4111-1111-1111-1111', severity: 'low' },
      { text: 'cards 4735237677106546 4012-8888-8888-1881', match: '4012-8888-8888-1881', severity: 'low' },
      { text: 'store card 3598899323053410 was declined', match: '3598899323053410' },
    ],
    negative: ['\\frac{d}{dx}180218398219329', '4735237677106547', '1234 5678 9012 3456', 'order 630427373398 shipped', '4111-1111 1111-1111', 'id 9999999999999999'],
  },
} satisfies DetectorVectorSet;
