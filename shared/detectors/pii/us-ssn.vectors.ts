import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.us_ssn': {
    positive: [
      { text: 'SSN: 514-69-0360', match: '514-69-0360' },
      { text: 'his social security number is 078051121', match: '078051121' },
      { text: 'ssn 078 05 1123', match: '078 05 1123' },
      { text: 'the applicant, 853-37-1694, applied', match: '853-37-1694', severity: 'medium' },
      { text: 'SSN: 514-69-0360', match: '514-69-0360', severity: 'high' },
      { text: 'ref 078.05.1123', match: '078.05.1123', severity: 'low' },
    ],
    negative: ['SSN: 000-12-3456', 'ssn 666-12-3456', 'ssn 912-34-5678', 'order 514690360', '078051121', 'v1.2.3 build 514.69.0360.2', 'ssn 078-05-1120'],
  },
} satisfies DetectorVectorSet;
