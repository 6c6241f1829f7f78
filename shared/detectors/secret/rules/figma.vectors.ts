import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.figma_token': {
    positive: [
      { text: 'X-Figma-Token: figd_onOM-OYYdLdG3DVpI9Cfx5d7W4cR1ZIPzu-ELPcZ', match: 'figd_onOM-OYYdLdG3DVpI9Cfx5d7W4cR1ZIPzu-ELPcZ' },
    ],
    negative: [
      'figd_short',
    ],
  },
} satisfies DetectorVectorSet;
