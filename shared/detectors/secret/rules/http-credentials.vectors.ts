import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.http_credentials': {
    positive: [
      { text: 'Authorization: Basic YWRtaW46czNjcjN0UGFzczk5', match: 'YWRtaW46czNjcjN0UGFzczk5' },
      { text: 'curl -H "Authorization: Bearer 7fQm2Lx9Kp4Wz8Rt3Vb6Nc1Hd5Jg0Ys" https://api.acme.io', match: '7fQm2Lx9Kp4Wz8Rt3Vb6Nc1Hd5Jg0Ys' },
      { text: "curl -u 'deploy:h0pk1ns~21s' https://ci.acme.io", match: 'h0pk1ns~21s' },
      { text: 'machine api.acme.io login deploy password Qz8!vN3rT6wp', match: 'Qz8!vN3rT6wp' },
    ],
    negative: ['Authorization: Bearer $TOKEN', 'Basic authentication is enabled by default', 'curl -u "$USER:$PASS" https://x'],
  },
} satisfies DetectorVectorSet;
