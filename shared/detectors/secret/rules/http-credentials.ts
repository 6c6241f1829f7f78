/**
 * Credentials in HTTP and CLI syntax: `Authorization: Basic|Bearer|Token …` headers, `curl -u
 * user:pass`, and `.netrc` `machine … login … password …` lines. JWT bearer tokens are left to the
 * JWT rule, which validates them.
 */
import type { Candidate, DetectorInput } from '../../../engine/types';
import { decodeBase64 } from '../lib/base64';
import { defineContextRule } from '../lib/define-context-rule';
import { looksRandom, notASecretReason } from '../lib/value-shape';

const AUTH_HEADER = /\b(Basic|Bearer|Token|SSWS|ApiKey)[ \t]{1,4}([A-Za-z0-9_\-.~+/]{12,1024}={0,2})(?![\w\-.~+/=])/yd;
/** `curl -u user:pass`, `--user me@x.io:'pass'`, `-u ":pass"` (empty user name). */
const CURL_USER = /(?<=^|\s)(?:-u|--user)[ \t]{1,4}["']?[^\s:"']{0,64}:["']?([^\s"']{3,128})["']?/yd;
/** `curl -u "sk_live_…:"`: an API key passed as the user name with an empty password (Stripe, Mailgun docs). */
const CURL_KEY_USER = /(?<=^|\s)(?:-u|--user)[ \t]{1,4}(["']?)([^\s:"']{8,128}):\1(?=\s|$)/yd;
/** PsExec / Windows tools: `-u Administrator -p s3cret`. */
const USER_PASS_FLAGS = /(?<=^|\s)-u[ \t]+\S{1,64}[ \t]+-p[ \t]+([^\s$%-]\S{2,127})/yd;
/** A credential header without a scheme word: `Authorization: 5eb4…`, `Token: 3fea…`, `X-Api-Key: …`. */
const HEADER = /(?:Authorization|Token|X-Api-Key|Api-Key|X-Auth-Token|Private-Token)[ \t]*:[ \t]*(?:(?:Bearer|Token)[ \t]+)?([A-Za-z0-9_\-.~+/]{12,1024}={0,2})(?![\w\-.~+/=])/yid;
const NETRC = /\bmachine[ \t]+\S{1,253}[ \t\r\n]+login[ \t]+\S{1,128}[ \t\r\n]+password[ \t]+(\S{3,256})/yd;

function push(out: Candidate[], m: RegExpExecArray, group: number, rule: string, confidence: number, placeholder: string): void {
  const span = m.indices?.[group];
  if (span) out.push({ start: span[0], end: span[1], rule, confidence, placeholder });
}

function authHeader(m: RegExpExecArray, out: Candidate[]): void {
  const scheme = (m[1] ?? '').toLowerCase();
  const value = m[2] ?? '';
  if (value.startsWith('eyJ')) return; // JWT rule
  if (scheme === 'basic') {
    const decoded = decodeBase64(value);
    if (decoded !== null && /^[\x20-\x7e]+:[\x20-\x7e]+$/.test(decoded)) push(out, m, 2, 'basic-auth-header', 0.9, 'PASSWORD');
  } else if (!notASecretReason(value) && looksRandom(value, true)) {
    push(out, m, 2, 'bearer-token', 0.75, 'API_KEY');
  }
}

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function headerAt(text: string, at: number, out: Candidate[]): number {
  // `meraki-api-key:` is a config key (the generic rule's business), not an HTTP header.
  if (at > 0 && /[\w-]/.test(text[at - 1] ?? '')) return at;
  const m = exec(HEADER, text, at);
  if (m === null) return at;
  const value = m[1] ?? '';
  if (!value.startsWith('eyJ') && !notASecretReason(value) && looksRandom(value, true)) push(out, m, 1, 'credential-header', 0.7, 'API_KEY');
  return at + m[0].length;
}

function httpAt(input: DetectorInput, at: number, anchor: string, out: Candidate[]): number {
  const { text } = input;
  if (anchor === 'machine') {
    const m = exec(NETRC, text, at);
    if (m) push(out, m, 1, 'netrc-password', 0.85, 'PASSWORD');
    return m ? at + m[0].length : at;
  }
  if (anchor === '-u' || anchor === '--user') {
    const m = exec(CURL_USER, text, at) ?? exec(USER_PASS_FLAGS, text, at);
    if (m && !/^\$/.test(m[1] ?? '')) push(out, m, 1, 'cli-user-password', 0.8, 'PASSWORD');
    if (m) return at + m[0].length;
    const k = exec(CURL_KEY_USER, text, at);
    const user = k?.[2] ?? '';
    if (k && !notASecretReason(user) && looksRandom(user, true)) push(out, k, 2, 'cli-user-key', 0.7, 'API_KEY');
    return k ? at + k[0].length : at;
  }
  const m = exec(AUTH_HEADER, text, at);
  if (m === null) return headerAt(text, at, out);
  authHeader(m, out);
  return at + m[0].length;
}

export const httpCredentials = defineContextRule({
  id: 'secret.http_credentials',
  description: 'HTTP Authorization header credential, curl -u user:password, or .netrc password.',
  validation: 'Basic credentials must base64-decode to user:password; bearer tokens must look random; curl/netrc by syntax (`-u key:` only with a random-looking key).',
  severity: 'high',
  placeholder: 'PASSWORD',
  keywords: ['basic', 'bearer', 'token', 'ssws', 'apikey', '-u', '--user', 'machine', 'authorization', 'x-api-key', 'api-key', 'x-auth-token', 'private-token'],
  at: httpAt,
});
