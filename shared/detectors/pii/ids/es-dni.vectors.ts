import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.es_dni': {
    positive: [{ text: 'DNI 12345678Z', match: '12345678Z' }, { text: 'NIE X-1234567-L', match: 'X-1234567-L' }, { text: 'y1234567x' }],
    negative: ['12345678A', 'X1234567A', 'B12345678'],
  },
} satisfies DetectorVectorSet;
