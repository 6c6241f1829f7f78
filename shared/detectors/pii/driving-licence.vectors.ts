import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.driving_licence': {
    positive: [
      { text: "Driver's license: H12234567", match: 'H12234567' },
      { text: 'DL # 2270-66-1551', match: '2270-66-1551' },
      { text: 'driving licence MORGA657054SM9IJ', match: 'MORGA657054SM9IJ' },
    ],
    negative: ['H12234567', 'driving licence renewal form', 'MIT license 2024 edition'],
  },
} satisfies DetectorVectorSet;
