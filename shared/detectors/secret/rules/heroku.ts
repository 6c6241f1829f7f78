/**
 * Heroku API keys: new-format `HRKU-` tokens and legacy UUID keys next to a heroku keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const heroku = defineSecretRule({
  id: 'secret.heroku_key',
  description: 'Heroku API key.',
  validation: '`HRKU-` + 60 base64url chars, or a UUID after a heroku name.',
  severity: 'high',
  placeholder: 'HEROKU_KEY',
  keywords: ["hrku-", "heroku"],
  patterns: [
    { rule: 'api-key', regex: /HRKU-[A-Za-z0-9_\-]{60}(?![\w-])/g },
    { rule: 'legacy-api-key', regex: /(?:heroku)[\w.\-]{0,24}?(?:key|token|secret|api|auth|pass)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![\w\-])/gid, confidence: 0.75 },
  ],
});
