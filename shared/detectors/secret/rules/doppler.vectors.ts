import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.doppler_token': {
    positive: [
      { text: 'DOPPLER_TOKEN=dp.st.prd.Dx5Xc33lt6RoJrKg3dUVtOJmlQkbcwdEm9xcVElXN8i', match: 'dp.st.prd.Dx5Xc33lt6RoJrKg3dUVtOJmlQkbcwdEm9xcVElXN8i' },
      { text: 'doppler login --token dp.pt.qiFoh5zq4oWNKImBi9mAVwEej1Qzpw7FnjKCLbhjLzT', match: 'dp.pt.qiFoh5zq4oWNKImBi9mAVwEej1Qzpw7FnjKCLbhjLzT' },
    ],
    negative: [
      'dp.pt.gM7OQFZwke',
    ],
  },
} satisfies DetectorVectorSet;
