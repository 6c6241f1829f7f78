/**
 * Atlassian Cloud API tokens (`ATATT3…`), Bitbucket app passwords (`ATBB…`) and 24-character legacy Jira/Confluence tokens found by keyword.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const atlassian = defineSecretRule({
  id: 'secret.atlassian_token',
  description: 'Atlassian/Jira/Confluence API token or Bitbucket app password.',
  validation: '`ATATT3`/`ATCTT3` + \u2265 150 chars; `ATBB` + 32; legacy 24 alphanumerics after an atlassian/jira/confluence name.',
  severity: 'high',
  placeholder: 'ATLASSIAN_TOKEN',
  keywords: ["atatt3", "atctt3", "atbb", "atlassian", "jira", "confluence"],
  patterns: [
    { rule: 'api-token', regex: /AT[AC]TT3[A-Za-z0-9_\-=]{150,300}(?![\w-])/g },
    { rule: 'bitbucket-app-password', regex: /ATBB[A-Za-z0-9_=\-.]{32}(?![\w-])/g },
    { rule: 'legacy-token', regex: /(?:atlassian|jira|confluence)[\w.\-]{0,24}?(?:token|key|secret|pass)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9]{24})(?![\w\-])/gid, confidence: 0.7 },
  ],
});
