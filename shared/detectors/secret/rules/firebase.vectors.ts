import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.firebase_key': {
    positive: [
      { text: 'Authorization: key=AAAAUDzjt4d:APA91by8Cz4MVVBi0hTSZzS8p8wQB3fwQNwmX-NtQ6EPsd1kogoDcLGWTbC_B4HFec64VU1ZG6iM7AVYCIp7LzeqPDg3x8hKuGaGDqYO9gW62WnRnzMdwibe_MjjFN6kKPf4tfj6UfXP', match: 'AAAAUDzjt4d:APA91by8Cz4MVVBi0hTSZzS8p8wQB3fwQNwmX-NtQ6EPsd1kogoDcLGWTbC_B4HFec64VU1ZG6iM7AVYCIp7LzeqPDg3x8hKuGaGDqYO9gW62WnRnzMdwibe_MjjFN6kKPf4tfj6UfXP' },
    ],
    negative: [
      'AAAA:APA91bshort',
    ],
  },
} satisfies DetectorVectorSet;
