/**
 * Discord bot tokens (base64 user ID . timestamp . HMAC) and webhook URLs.
 */
import { defineSecretRule } from '../lib/define-secret-rule';
import { discordSnowflake } from '../lib/validators';

export const discord = defineSecretRule({
  id: 'secret.discord_token',
  description: 'Discord bot token or webhook URL.',
  validation: 'Three dot-separated segments of exact lengths; the first must base64-decode to a numeric snowflake ID.',
  severity: 'high',
  placeholder: 'DISCORD_TOKEN',
  keywords: [".", "discord"],
  patterns: [
    // No literal but the first `.`: the probe (is there a second `.` 7 chars on?) rejects prose in
    // one comparison, in the sweep itself, then the token is read back from the dot. The base64 snowflake check is
    // what makes it precise; `A` covers the newer IDs detect-secrets added.
    {
      rule: 'bot-token',
      regex: /[MNOA][A-Za-z0-9_\-]{23,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}(?![\w-])/g,
      confidence: 0.6,
      validate: discordSnowflake,
      anchors: ['.'],
      back: 26,
      probe: [7, '.'],
      gate: (_text, at) => at >= 24,
    },
    { rule: 'webhook', regex: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_\-]{60,68}(?![\w-])/g, placeholder: 'DISCORD_WEBHOOK', back: 15, anchors: ['discord'] },
  ],
});
