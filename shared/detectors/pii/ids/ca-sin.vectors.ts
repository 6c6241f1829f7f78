import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.ca_sin': {
    positive: [{ text: 'SIN 130 692 544', match: '130 692 544' }, { text: '347-677-452' }, { text: 'my sin is 550090112', match: '550090112' }, { text: '111686242', severity: 'low' }],
    negative: ['130 692 545', '046 454 286 9', 'order 130692544', '830 692 544', "They're not answering at 545 033 821"],
  },
} satisfies DetectorVectorSet;
