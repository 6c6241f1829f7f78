import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.facebook_token': {
    positive: [
      { text: 'access_token=EAAB0oIGNbdXVf0pdmhQjt2CknwDXedR5nTKfyVYSnTH4xdnyuZ0irghuMjZDO6JonIoiXjL4AxPmmRaLYuEI2fQHja18XijK4ptwAJZ6eweAaANXjhb85IEVSXAh9kZgzQltX49G1g39461EQQ4vLg8e1', match: 'EAAB0oIGNbdXVf0pdmhQjt2CknwDXedR5nTKfyVYSnTH4xdnyuZ0irghuMjZDO6JonIoiXjL4AxPmmRaLYuEI2fQHja18XijK4ptwAJZ6eweAaANXjhb85IEVSXAh9kZgzQltX49G1g39461EQQ4vLg8e1' },
      { text: 'FACEBOOK_APP_SECRET=a51ce3235fa091dd367136019d978226', match: 'a51ce3235fa091dd367136019d978226' },
      { text: "graph.get(access_token=\"911700735847548|jf0SaWl7dUbo11sFuWvPAX2LJh8\")", match: "911700735847548|jf0SaWl7dUbo11sFuWvPAX2LJh8" },
    ],
    negative: [
      'EAAVrqb8ITsyty8c56iMg6L',
      "if (a || b) return 1234567890123456 | 0;",
      "| 123456789012345 | Alice | 42 |",
    ],
  },
} satisfies DetectorVectorSet;
