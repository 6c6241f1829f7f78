import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.netlify_token': {
    positive: [
      { text: 'NETLIFY_AUTH_TOKEN=nfp_l9m98sKU5Q4FdAIkTfvq2NGNb1cblXcHOSGz', match: 'nfp_l9m98sKU5Q4FdAIkTfvq2NGNb1cblXcHOSGz' },
      { text: 'netlify_token=0f85cfbadb341bfeea32992d177fb08df21802bb341183e7f66571e4b56946da', match: '0f85cfbadb341bfeea32992d177fb08df21802bb341183e7f66571e4b56946da' },
    ],
    negative: [
      'nfp_short',
    ],
  },
} satisfies DetectorVectorSet;
