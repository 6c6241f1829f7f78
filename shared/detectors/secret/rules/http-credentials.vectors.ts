import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.http_credentials': {
    positive: [
      { text: 'Authorization: Basic YWRtaW46czNjcjN0UGFzczk5', match: 'YWRtaW46czNjcjN0UGFzczk5' },
      { text: 'curl -H "Authorization: Bearer 7fQm2Lx9Kp4Wz8Rt3Vb6Nc1Hd5Jg0Ys" https://api.acme.io', match: '7fQm2Lx9Kp4Wz8Rt3Vb6Nc1Hd5Jg0Ys' },
      { text: "curl -u 'deploy:h0pk1ns~21s' https://ci.acme.io", match: 'h0pk1ns~21s' },
      // An API key passed as the user name with an empty password.
      { text: 'curl -u "Zk3Rq9Lw2Vx8:" https://api.acme.io/v1/charges', match: 'Zk3Rq9Lw2Vx8' },
      // Short hex values: Shannon entropy alone undersells them.
      { text: 'curl -H "Token: 9e2b41c07d5af36e" https://api.acme.io', match: '9e2b41c07d5af36e' },
      { text: 'machine api.acme.io login deploy password Qz8!vN3rT6wp', match: 'Qz8!vN3rT6wp' },
    ],
    negative: [
      'Authorization: Bearer $TOKEN',
      'Basic authentication is enabled by default',
      'curl -u "$USER:$PASS" https://x',
      'curl -u "browser:" https://localhost:9200',
    ],
  },
} satisfies DetectorVectorSet;
