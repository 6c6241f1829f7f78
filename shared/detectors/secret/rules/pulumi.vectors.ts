import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.pulumi_token': {
    positive: [
      { text: 'PULUMI_ACCESS_TOKEN=pul-949a11f7a9f8271bacf84f07fc160f443d785a6c', match: 'pul-949a11f7a9f8271bacf84f07fc160f443d785a6c' },
    ],
    negative: [
      'vipul-84457b324361e77b36d733b20c1965d7b880e1d948beb75b044a8fe8b9e28ebd.png',
      'pul-1049852b9dbc8a3e1bd4',
    ],
  },
} satisfies DetectorVectorSet;
