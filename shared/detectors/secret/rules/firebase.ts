/**
 * Firebase Cloud Messaging legacy server keys (`AAAA…:APA91b…`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const firebase = defineSecretRule({
  id: 'secret.firebase_key',
  description: 'Firebase Cloud Messaging server key.',
  validation: '`AAAA` + 7 + `:APA91b` + 134 base64url.',
  severity: 'high',
  placeholder: 'FIREBASE_KEY',
  keywords: ["apa91b"],
  patterns: [
    { rule: 'fcm-server-key', regex: /AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{134}(?![\w-])/g, back: 12 },
  ],
  vectors: {
    positive: [
      { text: 'Authorization: key=AAAAUDzjt4d:APA91by8Cz4MVVBi0hTSZzS8p8wQB3fwQNwmX-NtQ6EPsd1kogoDcLGWTbC_B4HFec64VU1ZG6iM7AVYCIp7LzeqPDg3x8hKuGaGDqYO9gW62WnRnzMdwibe_MjjFN6kKPf4tfj6UfXP', match: 'AAAAUDzjt4d:APA91by8Cz4MVVBi0hTSZzS8p8wQB3fwQNwmX-NtQ6EPsd1kogoDcLGWTbC_B4HFec64VU1ZG6iM7AVYCIp7LzeqPDg3x8hKuGaGDqYO9gW62WnRnzMdwibe_MjjFN6kKPf4tfj6UfXP' },
    ],
    negative: [
      'AAAA:APA91bshort',
    ],
  },
});
