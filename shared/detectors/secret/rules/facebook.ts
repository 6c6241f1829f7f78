/**
 * Meta/Facebook Graph API access tokens (`EAA…`) and app secrets (32 hex) next to a facebook keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export const facebook = defineSecretRule({
  id: 'secret.facebook_token',
  description: 'Facebook access token or app secret.',
  validation: '`EAA` + \u2265 100 base62; app access token `<15-16 digit app id>|<27-40>`; app secret: 32 hex after a facebook/fb name.',
  severity: 'high',
  placeholder: 'FACEBOOK_TOKEN',
  keywords: ["eaa", "facebook", "fb_", "fb-", "|"],
  patterns: [
    { rule: 'access-token', regex: /EAA[A-Za-z0-9]{100,400}(?![A-Za-z0-9_])/g },
    // App access tokens: `<app id>|<app secret or token>` (Graph API docs). Anchored on the `|`;
    // the gate (digit before, token character after) rejects `||` and table pipes in one step.
    {
      rule: 'app-access-token',
      regex: /\d{15,16}\|[0-9A-Za-z_\-]{27,40}(?![\w-])/g,
      anchors: ['|'],
      back: 16,
      gate: (text, at) => isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at - 15)) && /\w/.test(text[at + 1] ?? ''),
    },
    { rule: 'app-secret', regex: /(?:facebook|\bfb[_\-])[\w.\-]{0,24}?(?:secret|key|token)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[a-f0-9]{32})(?![\w\-])/gid },
  ],
});
