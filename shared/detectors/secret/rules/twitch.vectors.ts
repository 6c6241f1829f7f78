import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.twitch_token': {
    positive: [
      { text: 'stream key: live_439986859_q74XuUhv8FamMPTMpbat1Mmo6JJ6qz', match: 'live_439986859_q74XuUhv8FamMPTMpbat1Mmo6JJ6qz' },
      { text: 'TWITCH_OAUTH_TOKEN=hhvkbzm4kwzj8o5nwabhur9krfyus5', match: 'hhvkbzm4kwzj8o5nwabhur9krfyus5' },
    ],
    negative: [
      'live_108779359_xtSrA3LU4jKbgXdJwpbm2s5y4MWVt',
    ],
  },
} satisfies DetectorVectorSet;
