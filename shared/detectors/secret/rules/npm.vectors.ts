import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.npm_token': {
    positive: [
      { text: '//registry.npmjs.org/:_authToken=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', match: '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' },
      { text: '//npm.acme.internal/:_authToken=24jZTKSln-cFewaP72VsRe83HEO7Ne855leaWM4C', match: '24jZTKSln-cFewaP72VsRe83HEO7Ne855leaWM4C' },
      { text: 'NPM_TOKEN=npm_aDLvJgFOT6gytbc4coDaKsTVRaJ2AHm4E8YX', match: 'npm_aDLvJgFOT6gytbc4coDaKsTVRaJ2AHm4E8YX' },
    ],
    negative: [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      'npm_xS4zbvKAKqTOxNCO1TC6',
      'npm_install_packages',
      // Not a key npm reads (no `/` before `:_authToken`).
      "//registry.npmjs.org:_authToken=0f7e2c1a-9b4d-4e8a-b6c3-2d1f0e9a8b7c",
      "registry.npmjs.org/:_authToken=0f7e2c1a-9b4d-4e8a-b6c3-2d1f0e9a8b7c",
      "///:_authToken=0f7e2c1a-9b4d-4e8a-b6c3-2d1f0e9a8b7c",
    ],
  },
} satisfies DetectorVectorSet;
