import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.newrelic_key': {
    positive: [
      { text: 'NEW_RELIC_API_KEY=NRAK-PJF23N7ORU3EVDAYVXGT0YHCM03', match: 'NRAK-PJF23N7ORU3EVDAYVXGT0YHCM03' },
      { text: 'license_key: abb43aa63c7d9039ef770118948517029b57NRAL', match: 'abb43aa63c7d9039ef770118948517029b57NRAL' },
    ],
    negative: [
      'NRAK-9FFYO3NFBI',
    ],
  },
} satisfies DetectorVectorSet;
