/**
 * Twilio API key SIDs (`SK…`) and auth tokens found by their keyword. Account SIDs (`AC…`) are identifiers and reported low.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const twilio = defineSecretRule({
  id: 'secret.twilio_key',
  description: 'Twilio API key SID, auth token (by keyword) or account SID (low).',
  validation: '`SK`/`AC` + 32 hex; auth token = 32 hex after a twilio name.',
  severity: 'high',
  placeholder: 'TWILIO_KEY',
  keywords: ["twilio", "sk", "ac"],
  patterns: [
    { rule: 'api-key-sid', regex: /SK[0-9a-fA-F]{32}(?![A-Za-z0-9_])/g, severity: 'medium' },
    // Account SIDs identify, not authenticate: low at most (issue 3).
    { rule: 'account-sid', regex: /AC[0-9a-f]{32}(?![A-Za-z0-9_])/g, severity: 'low', placeholder: 'TWILIO_ACCOUNT' },
    { rule: 'auth-token', regex: /(?:twilio)[\w.\-]{0,24}?(?:auth|token|secret|key)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[0-9a-fA-F]{32})(?![\w\-])/gid },
  ],
  vectors: {
    positive: [
      { text: 'TWILIO_API_KEY=SK0fcd39a4d824aebf9c5ec6211d3d1d09', match: 'SK0fcd39a4d824aebf9c5ec6211d3d1d09' },
      { text: 'twilio_auth_token: 155e1cd9d00e5d07844d95b18c3a30b7', match: '155e1cd9d00e5d07844d95b18c3a30b7' },
      { text: 'account: AC60203afe59d496ed631e4452415df60f', match: 'AC60203afe59d496ed631e4452415df60f' },
    ],
    negative: [
      'SK290d94d7efecc22a4e5d',
      'twilio_auth_token: 4697ea93ff69b5257313',
      'TASKaee99add6cd71b8890a6299c08927cae',
    ],
  },
});
