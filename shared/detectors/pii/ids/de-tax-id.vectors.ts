import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.de_tax_id': {
    positive: [{ text: 'Steuer-ID: 86095742719', match: '86095742719' }, { text: 'tax id 47 036 892 816', match: '47 036 892 816' }],
    negative: ['86095742719', 'Steuer-ID: 86095742718'],
  },
} satisfies DetectorVectorSet;
