import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.ops_token': {
    positive: [
      { text: '{"msg": "method", "method": "auth.login_with_api_key", "params": ["7-Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6fQm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6f"]}', match: '7-Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6fQm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6f' },
      { text: "curl -X POST http://ci.acme.io/job/build -H 'Jenkins-Crumb: 9c2f4e1a7b3d5f8e0a6c4b2d9e1f7a3c'", match: '9c2f4e1a7b3d5f8e0a6c4b2d9e1f7a3c' },
      { text: 'JENKINS_API_TOKEN=11e4b2c9d8a7f6e5d4c3b2a1f0e9d8c7b6', match: '11e4b2c9d8a7f6e5d4c3b2a1f0e9d8c7b6' },
      { text: 'curl -v -X POST http://tb.acme.io/api/v1/Xk29Lm4Pq7Rs1Tv8Wn3Y/telemetry -d "{temp:21}"', match: 'Xk29Lm4Pq7Rs1Tv8Wn3Y' },
      { text: 'POST to https://hooks.zapier.com/hooks/catch/4821937/bq7x2kd/ when a lead signs up', match: 'hooks.zapier.com/hooks/catch/4821937/bq7x2kd/' },
    ],
    negative: [
      'curl http://tb.acme.io/api/v1/$ACCESS_TOKEN/telemetry',
      'GET /api/v1/users/42/orders returns the orders',
      '{"method": "auth.login_with_api_key", "params": ["${TRUENAS_KEY}"]}',
      'Jenkins-Crumb: <crumb from /crumbIssuer>',
      'see https://hooks.zapier.com/hooks/catch/ for the docs',
    ],
  },
} satisfies DetectorVectorSet;
