import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.alibaba_key': {
    positive: [
      { text: 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIRhPP0DHYK6phAV43T0wC', match: 'LTAIRhPP0DHYK6phAV43T0wC' },
      { text: 'aliyun_access_key_secret: Bo2N9wKxf7qB9QFuoqdmsnC94PB7W6', match: 'Bo2N9wKxf7qB9QFuoqdmsnC94PB7W6' },
    ],
    negative: [
      'LTAI8c5ts',
    ],
  },
} satisfies DetectorVectorSet;
