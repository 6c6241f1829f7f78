import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.digitalocean_token': {
    positive: [
      { text: 'DIGITALOCEAN_TOKEN=dop_v1_ce0903b81b8ee556436cdc8892711b041df3837aa39b66303b554b72f5109a3a', match: 'dop_v1_ce0903b81b8ee556436cdc8892711b041df3837aa39b66303b554b72f5109a3a' },
      { text: 'doctl auth init -t doo_v1_04818919f8a7fabf31d18c38378b59b6abf3e450f106f01194926fcfa607a655', match: 'doo_v1_04818919f8a7fabf31d18c38378b59b6abf3e450f106f01194926fcfa607a655' },
    ],
    negative: [
      'dop_v1_cb61a5f65a1343be4d769e02049fb045',
      'dop_v2_decf71ad9a825ada20f7c715a5324ee52fc57c7ba7a02e895204fe4dc076fba7',
    ],
  },
} satisfies DetectorVectorSet;
