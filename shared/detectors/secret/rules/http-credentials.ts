/**
 * Credentials in HTTP and CLI syntax: `Authorization: Basic|Bearer|Token …` headers, `curl -u
 * user:pass`, and `.netrc` `machine … login … password …` lines. JWT bearer tokens are left to the
 * JWT rule, which validates them.
 */
import type { Candidate, DetectorInput } from '../../../engine/types';
import { decodeBase64 } from '../lib/base64';
import { defineContextRule } from '../lib/define-context-rule';
import { looksRandom, notASecretReason } from '../lib/value-shape';

const AUTH_HEADER = /\b(Basic|Bearer|Token|SSWS|ApiKey)[ \t]{1,4}([A-Za-z0-9_\-.~+/]{12,1024}={0,2})(?![\w\-.~+/=])/gd;
const CURL_USER = /(?:^|\s)(?:-u|--user)[ \t]{1,4}["']?[^\s:"'@]{1,64}:([^\s"']{3,128})["']?/gd;
const NETRC = /\bmachine[ \t]+\S{1,253}[ \t\r\n]+login[ \t]+\S{1,128}[ \t\r\n]+password[ \t]+(\S{3,256})/gd;

function push(out: Candidate[], m: RegExpExecArray, group: number, rule: string, confidence: number, placeholder: string): void {
  const span = m.indices?.[group];
  if (span) out.push({ start: span[0], end: span[1], rule, confidence, placeholder });
}

function findHttpCredentials(input: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  const { text } = input;
  AUTH_HEADER.lastIndex = 0;
  for (let m = AUTH_HEADER.exec(text); m !== null; m = AUTH_HEADER.exec(text)) {
    const scheme = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    if (value.startsWith('eyJ')) continue; // JWT rule
    if (scheme === 'basic') {
      const decoded = decodeBase64(value);
      if (decoded === null || !/^[\x20-\x7e]+:[\x20-\x7e]+$/.test(decoded)) continue;
      push(out, m, 2, 'basic-auth-header', 0.9, 'PASSWORD');
    } else if (!notASecretReason(value) && looksRandom(value, true)) {
      push(out, m, 2, 'bearer-token', 0.75, 'API_KEY');
    }
  }
  if (/-u|--user/.test(text)) {
    CURL_USER.lastIndex = 0;
    for (let m = CURL_USER.exec(text); m !== null; m = CURL_USER.exec(text)) {
      if (!/^\$/.test(m[1] ?? '')) push(out, m, 1, 'cli-user-password', 0.8, 'PASSWORD');
    }
  }
  if (input.lower.includes('machine')) {
    NETRC.lastIndex = 0;
    for (let m = NETRC.exec(text); m !== null; m = NETRC.exec(text)) push(out, m, 1, 'netrc-password', 0.85, 'PASSWORD');
  }
  return out;
}

export const httpCredentials = defineContextRule({
  id: 'secret.http_credentials',
  description: 'HTTP Authorization header credential, curl -u user:password, or .netrc password.',
  validation: 'Basic credentials must base64-decode to user:password; bearer tokens must look random; curl/netrc by syntax.',
  severity: 'high',
  placeholder: 'PASSWORD',
  keywords: ['basic', 'bearer', 'token', 'ssws', 'apikey', '-u', '--user', 'machine'],
  find: findHttpCredentials,
  vectors: {
    positive: [
      { text: 'Authorization: Basic YWRtaW46czNjcjN0UGFzczk5', match: 'YWRtaW46czNjcjN0UGFzczk5' },
      { text: 'curl -H "Authorization: Bearer 7fQm2Lx9Kp4Wz8Rt3Vb6Nc1Hd5Jg0Ys" https://api.acme.io', match: '7fQm2Lx9Kp4Wz8Rt3Vb6Nc1Hd5Jg0Ys' },
      { text: "curl -u 'deploy:h0pk1ns~21s' https://ci.acme.io", match: 'h0pk1ns~21s' },
      { text: 'machine api.acme.io login deploy password Qz8!vN3rT6wp', match: 'Qz8!vN3rT6wp' },
    ],
    negative: ['Authorization: Bearer $TOKEN', 'Basic authentication is enabled by default', 'curl -u "$USER:$PASS" https://x'],
  },
});
