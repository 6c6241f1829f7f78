/**
 * Tokens of self-hosted ops and automation services that no prefix gives away, found by the API
 * syntax around them: TrueNAS API keys (`<id>-<64>` passed to `auth.login_with_api_key`), Jenkins
 * CSRF crumbs and API tokens, ThingsBoard device tokens in device-API URLs, Zapier catch hooks.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const opsTokens = defineSecretRule({
  id: 'secret.ops_token',
  description: 'TrueNAS API key, Jenkins crumb or API token, ThingsBoard device token or Zapier catch-hook URL.',
  validation: 'TrueNAS `<id>-` + 64 base62 after login_with_api_key/truenas; Jenkins 32 hex (API tokens `11` + 32) after a crumb header or jenkins name; ThingsBoard 20-char token between `/api/v1/` and a device endpoint; Zapier hook path.',
  severity: 'high',
  placeholder: 'API_KEY',
  keywords: ['login_with_api_key', 'truenas', 'jenkins', '/api/v1/', 'hooks.zapier.com/hooks/catch/'],
  patterns: [
    // TrueNAS: the key's numeric ID, `-`, 64 characters (TrueNAS API docs, "API keys").
    { rule: 'truenas-api-key', regex: /(?:login_with_api_key|truenas[\w.\-]{0,24}?(?:key|token))[^[\]]{0,60}?\[?\s{0,20}["'](?<s>\d{1,6}-[A-Za-z0-9]{64})["']/gid, anchors: ['login_with_api_key', 'truenas'], severity: 'critical' },
    // Jenkins: crumbs are 32/64 hex; user API tokens `11` + 32 hex (Jenkins 2.129+).
    { rule: 'jenkins-crumb-or-token', regex: /jenkins[\w.\-]{0,24}?(?:crumb|token|api[_\-]?key|pass(?:word)?)\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s)\s{0,4}\\?["'`]?(?<s>11[a-f0-9]{32}|[a-f0-9]{64}|[a-f0-9]{32})(?![\w\-])/gid, anchors: ['jenkins'], severity: 'medium' },
    // ThingsBoard device API: `/api/v1/$ACCESS_TOKEN/telemetry` (HTTP and CoAP); tokens are 20 characters.
    { rule: 'thingsboard-device-token', regex: /\/api\/v1\/(?<s>[A-Za-z0-9]{20})\/(?:telemetry|attributes|rpc|claim|firmware|provision)\b/gd, anchors: ['/api/v1/'] },
    { rule: 'zapier-webhook', regex: /hooks\.zapier\.com\/hooks\/catch\/(?:\d{3,12}\/)?[A-Za-z0-9]{6,40}\/?/g, anchors: ['hooks.zapier.com/hooks/catch/'], placeholder: 'WEBHOOK_URL' },
  ],
});
