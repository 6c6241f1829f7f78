import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.saas_token': {
    positive: [
      { text: 'HUBSPOT_TOKEN=pat-na1-3f1c9a2e-7b4d-4e8f-9a6c-1d2e3f4a5b6c', match: 'pat-na1-3f1c9a2e-7b4d-4e8f-9a6c-1d2e3f4a5b6c' },
      { text: 'sonar.login=sqp_4b78f8494075e310d62dfdcaeb14be2c78fca2fc', match: 'sqp_4b78f8494075e310d62dfdcaeb14be2c78fca2fc' },
      { text: 'ADO_PAT=4kX9qLm2Zt7vB3nR8wYc1HfJ6pD0sGaE5uQiT2oVxK9mN4bL7zWpJQQJ99BEAC7Rm2QxLp9Tw4KsAZDO7hWd', match: '4kX9qLm2Zt7vB3nR8wYc1HfJ6pD0sGaE5uQiT2oVxK9mN4bL7zWpJQQJ99BEAC7Rm2QxLp9Tw4KsAZDO7hWd' },
      { text: 'sid=00D5g000004Xk2R!AQ4AQLb8nR2xV7pKq9mZtW3yHcJ6fD1sGaE5uQiT2oVxK9mN4bL7zWpR8vY3nC1hF6jD0sGaE5uQiT2oVxK9mN4bL7zWp', match: '00D5g000004Xk2R!AQ4AQLb8nR2xV7pKq9mZtW3yHcJ6fD1sGaE5uQiT2oVxK9mN4bL7zWpR8vY3nC1hF6jD0sGaE5uQiT2oVxK9mN4bL7zWp' },
      { text: 'MAXMIND_LICENSE_KEY=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', match: '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' },
    ],
    negative: [
      'pat-na1-not-a-uuid',
      'sqp_tooshort',
      'the 00D prefix identifies a Salesforce org',
      'pk_test_51H8s', // Stripe publishable key: not a secret
    ],
  },
} satisfies DetectorVectorSet;
