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
      { text: 'her social is 621480937', match: '621480937', severity: 'high' },
      { text: 'please check 412 77 9033 again', match: '412 77 9033', severity: 'low' },
      { text: '| Name | Team | Start | SSN |\n|---|---|---|---|\n| Ana Lopes | Sales | 2021-03-01 | 403221877 |\n| Tom Reed | Ops | 2022-07-11 | 528740196 |', match: '528740196', severity: 'medium' },
      { text: '  306719482 ', match: '306719482', severity: 'low' },
    ],
    negative: [
      'SSN: 000-12-3456', 'ssn 666-12-3456', 'ssn 912-34-5678', 'order 514690360', 'order 078051121 shipped', 'v1.2.3 build 514.69.0360.2', 'ssn 078-05-1120',
      'Our SSN policy is in the handbook; the rest of this note is about the quarterly offsite and the agenda we still need.\nTracking 514690360 arrives Monday',
    ],
  },
} satisfies DetectorVectorSet;
