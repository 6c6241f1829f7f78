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
});
