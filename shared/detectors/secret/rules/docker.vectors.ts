import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.docker_token': {
    positive: [
      { text: 'docker login -u acme -p dckr_pat_rYyfe1dKeKCEBG4ypekt905BfZU', match: 'dckr_pat_rYyfe1dKeKCEBG4ypekt905BfZU' },
      { text: 'DOCKERHUB_TOKEN=dckr_oat_0ONfc6RazG7kddFrwn_GUNNBJMWBWm4C', match: 'dckr_oat_0ONfc6RazG7kddFrwn_GUNNBJMWBWm4C' },
    ],
    negative: [
      'dckr_pat_tooshort',
      'dckr_pat_',
    ],
  },
} satisfies DetectorVectorSet;
