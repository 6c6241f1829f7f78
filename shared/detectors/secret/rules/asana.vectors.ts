import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.asana_token': {
    positive: [
      { text: 'ASANA_TOKEN=1/6674196543613524:SiMhDnWgjOHVYuU9Md5zwqNaTqliKtlC', match: '1/6674196543613524:SiMhDnWgjOHVYuU9Md5zwqNaTqliKtlC' },
      { text: 'asana pat 2/8445094765282066/8675382210548270:846751514f52dab4be75d0544559d7be', match: '2/8445094765282066/8675382210548270:846751514f52dab4be75d0544559d7be' },
    ],
    negative: [
      '1/2:abc',
      'ratio 1/6822306034601241',
    ],
  },
} satisfies DetectorVectorSet;
