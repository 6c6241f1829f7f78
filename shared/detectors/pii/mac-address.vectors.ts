import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.mac_address': {
    positive: [
      { text: 'my laptop is 3C:22:FB:8A:41:07 on the guest wifi', match: '3C:22:FB:8A:41:07' },
      { text: 'whitelist 00-1a-2b-3c-4d-5e please', match: '00-1a-2b-3c-4d-5e' },
      { text: 'port shows 0050.56c0.0001', match: '0050.56c0.0001' },
    ],
    negative: ['ZZ:ZZ:ZZ:ZZ:ZZ:ZZ', '10:2F:33-AC-29-C3', 'ff:ff:ff:ff:ff:ff', 'at 12:30:45 today', 'sha 3c22fb8a4107aa'],
  },
} satisfies DetectorVectorSet;
