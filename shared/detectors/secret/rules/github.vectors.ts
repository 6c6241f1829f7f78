import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.github_token': {
    positive: [
      { text: 'git clone https://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@github.com/acme/app.git', match: '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' },
      { text: 'GITHUB_TOKEN=ghs_AitGQlPAkOjCExbh42iKqfu960MnHj1dXQae', match: 'ghs_AitGQlPAkOjCExbh42iKqfu960MnHj1dXQae' },
      { text: 'token: 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', match: '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' },
      // Fully masked, no checksum to fail: reported low, not dropped.
      { text: 'github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', severity: 'low' },
    ],
    negative: [
      'GITHUB_TOKEN=${GH_TOKEN}',
      'foo_JwCBsds5Mzgf2hLR7pnbc159TWSb09LMzyCz',
      'ghp_T7Dc9hvFRrZ3EkfiFnHQ',
      // Masked: the CRC32 GitHub embeds in the last six characters cannot match, so not the format.
      'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
} satisfies DetectorVectorSet;
