import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.gitlab_token': {
    positive: [
      { text: 'export GITLAB_TOKEN=glpat-i3yHC1oXt-8qy4-3bmdO', match: 'glpat-i3yHC1oXt-8qy4-3bmdO' },
      { text: 'runner token glrt-GIstriIp9ljM7r04zHBg', match: 'glrt-GIstriIp9ljM7r04zHBg' },
      { text: 'curl -F token=glptt-b08c3ce052e96819b8ac3e6dfeb63cc17fd04d50 -F ref=main', match: 'glptt-b08c3ce052e96819b8ac3e6dfeb63cc17fd04d50' },
      { text: 'registration: GR1348941GQmmVfUZ4ZF3atnEy2pS', match: 'GR1348941GQmmVfUZ4ZF3atnEy2pS' },
      // Routable tokens, with and without the 2025 version field; the CRC32 checks out (confidence up).
      { text: 'GITLAB_TOKEN=glpat-8Jk2Vq9Lm4Xw7Rt1Yb6Nc3Hd5Jf0GsPa2Qe.01.0s0v334gn', match: 'glpat-8Jk2Vq9Lm4Xw7Rt1Yb6Nc3Hd5Jf0GsPa2Qe.01.0s0v334gn', severity: 'critical' },
      { text: 'token: glrt-t2_Zm4Kx8Vq1Lw7Rt3Yb9Nc6Hd2Jf5Gs0Pa.0r0oreb04', match: 'glrt-t2_Zm4Kx8Vq1Lw7Rt3Yb9Nc6Hd2Jf5Gs0Pa.0r0oreb04' },
      // A wrong CRC (a hand-edited token) is still reported: the checksum is only a bonus.
      { text: 'token: glrt-t2_Zm4Kx8Vq1Lw7Rt3Yb9Nc6Hd2Jf5Gs0Pa.0r0oreb05', match: 'glrt-t2_Zm4Kx8Vq1Lw7Rt3Yb9Nc6Hd2Jf5Gs0Pa.0r0oreb05' },
      { text: "KAS_TOKEN=glagent-LvGNWAMsI-z0oaWdfZp_lvi60ZIF8-qR38Ony1dHqceytDbKPTF-n-pGz3cW0uAB", match: "glagent-LvGNWAMsI-z0oaWdfZp_lvi60ZIF8-qR38Ony1dHqceytDbKPTF-n-pGz3cW0uAB" },
    ],
    negative: [
      'glpat_4CDaehbw44PEeCU8HJ28',
      'glptt-IhOtYxpOJKu1ZIgRwZy786o6AX82zS',
      'glsoat-ApEau5MOhh5f-GRanc-AbCNWddooazVW6D3Ek3PX',
      "glagent-Hn2INL2io6VOZw5luMu57mnXm4gi4p",
      // Masked routable tokens: no random part and a CRC that cannot match, so no token at all.
      'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.01.0wxxxxxxx',
      'runner: glrt-xx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxx',
    ],
  },
} satisfies DetectorVectorSet;
