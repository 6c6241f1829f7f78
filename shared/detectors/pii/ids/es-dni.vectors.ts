import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'pii.es_dni': {
    positive: [{ text: 'DNI 12345678Z', match: '12345678Z' }, { text: 'NIE X-1234567-L', match: 'X-1234567-L' }, { text: 'y1234567x' }, { text: 'DNI 8471883V', match: '8471883V' }, { text: '7368037X', severity: 'low' }],
    negative: ['12345678A', 'X1234567A', 'B12345678', 'code 8471883V ok'],
  },
} satisfies DetectorVectorSet;
