import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.passport': {
    positive: [
      { text: 'Passport No: AB1234567', match: 'AB1234567' },
      { text: 'my passport number is A12803456.', match: 'A12803456' },
      { text: 'X47120553 is my passport number, please check it', match: 'X47120553' },
      { text: 'KJD204871 es mi número de pasaporte', match: 'KJD204871' },
      { text: 'Passports: K3309128 and K3309129 for the kids', match: 'K3309129' },
      { text: '여권 번호 M70328841 입니다', match: 'M70328841' },
      { text: 'KCK6H3W06', severity: 'low' },
    ],
    negative: ['passport photo booth', 'AB1234567', 'I need my passport to be ready by then', 'Order ABC12345 for the passport renewal office', 'KCK6H3W07', 'see KCK6H3W06 below'],
  },
} satisfies DetectorVectorSet;
