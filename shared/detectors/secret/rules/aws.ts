/**
 * AWS IAM access key IDs (long-term `AKIA`, temporary `ASIA`) and secret access keys found by their keyword.
 */
import { awsKeyIdCharset } from '../lib/validators';
import { defineSecretRule } from '../lib/define-secret-rule';

export const aws = defineSecretRule({
  id: 'secret.aws_access_key',
  description: 'AWS access key ID (AKIA/ASIA/ABIA/ACCA) or a 40-character secret access key next to an AWS/secret keyword.',
  validation: 'Key ID: 4-letter prefix + 16 base32 characters; secret: exactly 40 base64 characters after an aws/secret_access_key name.',
  severity: 'critical',
  placeholder: 'AWS_ACCESS_KEY',
  keywords: ["akia", "asia", "abia", "acca", "a3t", "aws", "amz", "amazon", "secret_access", "secretaccess"],
  contextWords: ["aws", "amz", "amazon", "iam"],
  patterns: [
    // The key ID alone cannot sign requests, but it identifies the secret beside it.
    { rule: 'access-key-id', regex: /(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9_])/g, severity: 'high', failPenalty: 0.1, validate: awsKeyIdCharset },
    // 40 base64 chars only mean "AWS secret" next to an AWS/secret keyword.
    { rule: 'secret-access-key', regex: /(?:aws|amz|amazon|secret_?access)[\w.\-]{0,24}?(?:secret|private|access|key)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gid, anchors: ['aws', 'amz', 'amazon', 'secret_access', 'secretaccess'], placeholder: 'AWS_SECRET_KEY' },
  ],
});
