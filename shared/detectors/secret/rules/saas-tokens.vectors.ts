import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.saas_token': {
    positive: [
      { text: 'HUBSPOT_TOKEN=pat-na1-3f1c9a2e-7b4d-4e8f-9a6c-1d2e3f4a5b6c', match: 'pat-na1-3f1c9a2e-7b4d-4e8f-9a6c-1d2e3f4a5b6c' },
      { text: 'sonar.login=sqp_4b78f8494075e310d62dfdcaeb14be2c78fca2fc', match: 'sqp_4b78f8494075e310d62dfdcaeb14be2c78fca2fc' },
      { text: 'ADO_PAT=4kX9qLm2Zt7vB3nR8wYc1HfJ6pD0sGaE5uQiT2oVxK9mN4bL7zWpJQQJ99BEAC7Rm2QxLp9Tw4KsAZDO7hWd', match: '4kX9qLm2Zt7vB3nR8wYc1HfJ6pD0sGaE5uQiT2oVxK9mN4bL7zWpJQQJ99BEAC7Rm2QxLp9Tw4KsAZDO7hWd' },
      { text: 'sid=00D5g000004Xk2R!AQ4AQLb8nR2xV7pKq9mZtW3yHcJ6fD1sGaE5uQiT2oVxK9mN4bL7zWpR8vY3nC1hF6jD0sGaE5uQiT2oVxK9mN4bL7zWp', match: '00D5g000004Xk2R!AQ4AQLb8nR2xV7pKq9mZtW3yHcJ6fD1sGaE5uQiT2oVxK9mN4bL7zWpR8vY3nC1hF6jD0sGaE5uQiT2oVxK9mN4bL7zWp' },
      { text: 'MAXMIND_LICENSE_KEY=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', match: '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' },
      { text: "azure_devops_pat = \"iUfqygB18AIYTimzORZbgmKRw609xhTGOWvGR1mZeEgbcWJNG5KEJQQJ9Amlhnl1ks7RgLdi8RDeAZDOWguz\"", match: "iUfqygB18AIYTimzORZbgmKRw609xhTGOWvGR1mZeEgbcWJNG5KEJQQJ9Amlhnl1ks7RgLdi8RDeAZDOWguz" },
      { text: "SONAR_TOKEN ?= \"DBGwBnMxaOSc2mlADxVxz6mMkgGYau5fZ1T436O8\"", match: "DBGwBnMxaOSc2mlADxVxz6mMkgGYau5fZ1T436O8" },
      { text: "sonar.login', 'dbgwbnmxaosc2mladxvxz6mmkggyau5fz1t436o8'", match: "dbgwbnmxaosc2mladxvxz6mmkggyau5fz1t436o8" },
      { text: "RECAPTCHA_SECRET_KEY=6LZyRHJouZrQV3xZAxjRM8mbTgDIMRBZxjX-BpYc", match: "6LZyRHJouZrQV3xZAxjRM8mbTgDIMRBZxjX-BpYc", severity: 'medium' },
    ],
    negative: [
      'pat-na1-not-a-uuid',
      'sqp_tooshort',
      'the 00D prefix identifies a Salesforce org',
      'pk_test_51H8s', // Stripe publishable key: not a secret
      "sonar.login=${SONAR_TOKEN}",
      "recaptcha_site_key = 6LcXXXX",
      "hNgVpqCzGdWmPyagqqr5vJIGA9HK2gOCZPeJMQW9cy78kyEk2FINJQQJ9MdB8FAsHzMtxHsEPrJ7AZDXsQTV",
    ],
  },
} satisfies DetectorVectorSet;
