import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.supabase_key': {
    positive: [
      { text: 'SUPABASE_ACCESS_TOKEN=sbp_2716b52aa5e8f428e4769dc320ec458dd3ed337e', match: 'sbp_2716b52aa5e8f428e4769dc320ec458dd3ed337e' },
      { text: 'SUPABASE_SECRET_KEY=sb_secret_Y26g1NCVbc7QT-gVvje9jgbEmwy2M1D', match: 'sb_secret_Y26g1NCVbc7QT-gVvje9jgbEmwy2M1D' },
    ],
    negative: [
      'sbp_short',
    ],
  },
} satisfies DetectorVectorSet;
