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
    // `SKxxxx…`, `ACxxxx…`: a masked SID still shows a Twilio credential was pasted (reported low).
    { rule: 'masked-sid', regex: /(?:SK|AC)[xX*]{32}(?![A-Za-z0-9_])/g, severity: 'low', anchors: ['sk', 'ac'] },
    { rule: 'auth-token', anchors: ['twilio'], regex: /(?:twilio)[\w.\-]{0,24}?(?:auth|token|secret|key)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[0-9a-fA-F]{32})(?![\w\-])/gid },
  ],
});
