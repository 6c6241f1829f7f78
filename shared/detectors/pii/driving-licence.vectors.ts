import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.driving_licence': {
    positive: [
      { text: "Driver's license: H12234567", match: 'H12234567' },
      { text: 'DL # 2270-66-1551', match: '2270-66-1551' },
      { text: 'driving licence MORGA657054SM9IJ', match: 'MORGA657054SM9IJ' },
      { text: 'W3301-8842-7710 is my drivers license', match: 'W3301-8842-7710' },
      { text: 'the number on the card is TANNE710183KL4QP', match: 'TANNE710183KL4QP', severity: 'medium' },
    ],
    negative: ['H12234567', 'driving licence renewal form', 'MIT license 2024 edition', 'dlopen("libfoo12345.so")', 'batch TANNE719983KL4QP', 'SKU ABCDEF710183KL4QP'],
  },
} satisfies DetectorVectorSet;
