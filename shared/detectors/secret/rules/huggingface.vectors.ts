import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.huggingface_token': {
    positive: [
      { text: 'HF_TOKEN=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', match: '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' },
      { text: 'login(token="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")', match: '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' },
    ],
    negative: [
      'hf_abc',
      'hf_CfPy7qcCT7a1tTRdMKFJM2rHWTUwep28Nb1',
      'hf_mqWoMNwfonEDCfhcqaFCZoKzdCTdDlUie',
    ],
  },
} satisfies DetectorVectorSet;
