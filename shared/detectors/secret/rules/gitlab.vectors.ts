import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.gitlab_token': {
    positive: [
      { text: 'export GITLAB_TOKEN=glpat-i3yHC1oXt-8qy4-3bmdO', match: 'glpat-i3yHC1oXt-8qy4-3bmdO' },
      { text: 'runner token glrt-GIstriIp9ljM7r04zHBg', match: 'glrt-GIstriIp9ljM7r04zHBg' },
      { text: 'curl -F token=glptt-b08c3ce052e96819b8ac3e6dfeb63cc17fd04d50 -F ref=main', match: 'glptt-b08c3ce052e96819b8ac3e6dfeb63cc17fd04d50' },
      { text: 'registration: GR1348941GQmmVfUZ4ZF3atnEy2pS', match: 'GR1348941GQmmVfUZ4ZF3atnEy2pS' },
      { text: "KAS_TOKEN=glagent-LvGNWAMsI-z0oaWdfZp_lvi60ZIF8-qR38Ony1dHqceytDbKPTF-n-pGz3cW0uAB", match: "glagent-LvGNWAMsI-z0oaWdfZp_lvi60ZIF8-qR38Ony1dHqceytDbKPTF-n-pGz3cW0uAB" },
    ],
    negative: [
      'glpat_4CDaehbw44PEeCU8HJ28',
      'glptt-IhOtYxpOJKu1ZIgRwZy786o6AX82zS',
      'glsoat-ApEau5MOhh5f-GRanc-AbCNWddooazVW6D3Ek3PX',
      "glagent-Hn2INL2io6VOZw5luMu57mnXm4gi4p",
    ],
  },
} satisfies DetectorVectorSet;
