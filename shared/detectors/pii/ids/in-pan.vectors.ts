import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.in_pan': {
    positive: [{ text: 'my PAN is ABCPD1234Z', match: 'ABCPD1234Z' }, { text: 'AAAPA1111R' }],
    negative: ['ABCD1234', 'ABCDX1234Z', 'abcpd1234z'],
  },
  'pii.in_gstin': {
    positive: [{ text: 'GSTIN: 27AAPFU0939F1ZV', match: '27AAPFU0939F1ZV' }],
    negative: ['00ABCDE1234F1Z5', '27ABCDE1234F1Z55', 'ABCDEFGHIJKLMNO'],
  },
} satisfies DetectorVectorSet;
