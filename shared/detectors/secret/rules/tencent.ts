/**
 * Tencent Cloud SecretIds (`AKID…`) and SecretKeys next to a tencent keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const tencent = defineSecretRule({
  id: 'secret.tencent_key',
  description: 'Tencent Cloud SecretId or SecretKey.',
  validation: '`AKID` + 32 base62; key: 32 base62 after a tencent name.',
  severity: 'high',
  placeholder: 'TENCENT_KEY',
  keywords: ["akid", "tencent"],
  patterns: [
    { rule: 'secret-id', regex: /AKID[A-Za-z0-9]{32}(?![A-Za-z0-9_])/g },
    { rule: 'secret-key', regex: /(?:tencent)[\w.\-]{0,24}?(?:secret|key)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9]{32})(?![\w\-])/gid, severity: 'critical' },
  ],
});
