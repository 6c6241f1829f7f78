/**
 * Twitch OAuth tokens (30 chars by keyword) and stream keys (`live_<id>_<30>`).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const twitch = defineSecretRule({
  id: 'secret.twitch_token',
  description: 'Twitch OAuth token or stream key.',
  validation: '`live_` + numeric channel + 30 base62; OAuth: 30 lower-case alphanumerics after a twitch name.',
  severity: 'high',
  placeholder: 'TWITCH_TOKEN',
  keywords: ["twitch", "live_"],
  patterns: [
    { rule: 'stream-key', regex: /live_\d{6,12}_[A-Za-z0-9]{30}(?![A-Za-z0-9_])/g },
    { rule: 'oauth-token', regex: /(?:twitch)[\w.\-]{0,24}?(?:token|key|secret|oauth)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>(?:oauth:)?[a-z0-9]{30})(?![\w\-])/gid },
  ],
});
