/**
 * Telegram Bot API tokens (`<bot id>:AA…`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const telegram = defineSecretRule({
  id: 'secret.telegram_bot_token',
  description: 'Telegram bot token.',
  validation: '8\u201310 digit bot ID, `:AA`, 33 base64url characters.',
  severity: 'high',
  placeholder: 'TELEGRAM_TOKEN',
  keywords: [":aa", "telegram", "tgram://"],
  patterns: [
    // Allow `…/bot<token>/` in API URLs but not inside longer words.
    { rule: 'bot-token', regex: /(?:(?<=\/bot)|(?<![\w]))\d{8,10}:AA[A-Za-z0-9_\-]{33}(?![\w-])/g, leftBoundary: false, back: 10, anchors: [':aa'] },
    // Older and test tokens lack the `AA`: only next to the name (`TELEGRAM_TOKEN=`, `tgram://`).
    { rule: 'bot-token-by-name', regex: /(?:telegram|tgram:\/\/)[\w.\-]{0,24}?[\s"'`:=]{0,6}(?<s>\d{8,10}:[A-Za-z0-9_\-]{33,35})(?![\w-])/gid, confidence: 0.6, anchors: ['telegram', 'tgram://'] },
  ],
});
