/**
 * Alibaba Cloud AccessKey IDs (`LTAI…`) and AccessKey secrets (30 chars) next to an alibaba/aliyun keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const alibaba = defineSecretRule({
  id: 'secret.alibaba_key',
  description: 'Alibaba Cloud AccessKey ID or secret.',
  validation: '`LTAI` + 12\u201320 base62; secret: 30 base62 after an alibaba/aliyun/access_key_secret name.',
  severity: 'high',
  placeholder: 'ALIBABA_KEY',
  keywords: ["ltai", "alibaba", "aliyun", "alicloud"],
  patterns: [
    { rule: 'access-key-id', regex: /LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9_])/g },
    { rule: 'access-key-secret', regex: /(?:alibaba|aliyun|alicloud)[\w.\-]{0,24}?(?:secret)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9]{30})(?![\w\-])/gid, severity: 'critical' },
  ],
});
