import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'confidential.policy_keyword': {
    options: { confidentialKeywords: ['Project Bluebird', 'Falcon-9X'] },
    positive: [
      { text: 'Draft the launch email for project bluebird next week', match: 'project bluebird' },
      { text: 'Specs of FALCON-9X attached', match: 'FALCON-9X' },
    ],
    negative: ['Bluebirds are nesting in the garden', 'The Falcon-9 rocket landed', 'project blue bird'],
  },
} satisfies DetectorVectorSet;
