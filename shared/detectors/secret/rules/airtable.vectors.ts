import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.airtable_token': {
    positive: [
      { text: 'AIRTABLE_PAT=patC6cryGoPGyN0ks.f2bd04fbc5808d86d1a17c6731c1a502c9c02b52ff4c64d3121f449d80fe598a', match: 'patC6cryGoPGyN0ks.f2bd04fbc5808d86d1a17c6731c1a502c9c02b52ff4c64d3121f449d80fe598a' },
    ],
    negative: [
      'patxbL7Bb9Q6HIwyR.e1ace2137b49a3b28ee8',
    ],
  },
} satisfies DetectorVectorSet;
