import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.terraform_token': {
    positive: [
      { text: 'token = "Nx51AbQhmM3f7B.atlasv1.5xX7-cP_rZdJS3a_vvfMY0J5v_5-Ulvx-chxZOTdSjEvyToCE8b7XGP3fvSHeLMfRvs"', match: 'Nx51AbQhmM3f7B.atlasv1.5xX7-cP_rZdJS3a_vvfMY0J5v_5-Ulvx-chxZOTdSjEvyToCE8b7XGP3fvSHeLMfRvs' },
    ],
    negative: [
      'abc.atlasv1.short',
    ],
  },
} satisfies DetectorVectorSet;
