import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.de_tax_id': {
    positive: [{ text: 'Steuer-ID: 86095742719', match: '86095742719' }, { text: 'tax id 47 036 892 816', match: '47 036 892 816' }, { text: '93622082450', severity: 'low' }],
    negative: ['invoice 86095742719 paid', 'Steuer-ID: 86095742718'],
  },
} satisfies DetectorVectorSet;
