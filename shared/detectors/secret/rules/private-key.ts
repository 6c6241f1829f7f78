/**
 * Private keys: PEM (PKCS#1/#8, EC, DSA, OpenSSH, encrypted), PGP secret key blocks, base64-wrapped
 * PEM (kubeconfig `client-key-data`, CI variables), PuTTY `.ppk`, age and WireGuard keys.
 * A truncated paste (BEGIN line and body, no END) is still a leaked key, so END is optional.
 */
import type { Candidate, DetectorInput } from '../../../engine/types';
import { decodeBase64 } from '../lib/base64';
import { defineContextRule } from '../lib/define-context-rule';

const PEM_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |ANY )?PRIVATE KEY(?: BLOCK)?)-----/g;
/** Longest key block we read (a 16k-bit RSA key is ~12 kB of PEM). */
const MAX_PEM = 16_384;
/** A real key body has at least this many base64 characters (a P-256 key has ~160). */
const MIN_BODY = 64;
const BASE64_PEM = /LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,16384}={0,2}/g;
const PUTTY = /PuTTY-User-Key-File-[23]: [\w-]{3,40}/g;
const AGE = /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Z0-9])/g;
const WIREGUARD = /(?:PrivateKey|PresharedKey)\s{0,4}=\s{0,4}([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)/gd;

function bodyChars(block: string): number {
  const body = block
    .replace(/-----[A-Z ]+-----/g, '')
    .replace(/^[A-Za-z-]+:.*$/gm, '') // Proc-Type / DEK-Info / Comment headers
    .replace(/\\[nr]/g, '');
  let n = 0;
  for (let i = 0; i < body.length; i++) if (/[A-Za-z0-9+/]/.test(body[i] ?? '')) n++;
  return n;
}

function pemKeys(text: string, out: Candidate[]): void {
  PEM_BEGIN.lastIndex = 0;
  for (let m = PEM_BEGIN.exec(text); m !== null; m = PEM_BEGIN.exec(text)) {
    const label = m[1] ?? '';
    const endMarker = `-----END ${label}-----`;
    // Bounded search: an unterminated BEGIN must not make every later BEGIN rescan the text.
    const found = text.slice(m.index, m.index + MAX_PEM).indexOf(endMarker);
    const endAt = found >= 0 ? m.index + found : -1;
    let end: number;
    if (endAt >= 0) end = endAt + endMarker.length;
    else {
      const body = /^[A-Za-z0-9+/=\s\\:,\-]{0,16384}/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + MAX_PEM));
      end = m.index + m[0].length + (body?.[0].trimEnd().length ?? 0);
    }
    const block = text.slice(m.index, end);
    if (bodyChars(block) < MIN_BODY) continue; // `***`, `xxx`, `...`: a redacted example, not a key
    const encrypted = label.startsWith('ENCRYPTED') || block.includes('Proc-Type: 4,ENCRYPTED');
    PEM_BEGIN.lastIndex = end;
    out.push({
      start: m.index,
      end,
      rule: label.startsWith('PGP') ? 'pgp-private-key' : label.startsWith('OPENSSH') ? 'openssh-private-key' : 'pem-private-key',
      confidence: endAt >= 0 ? 0.95 : 0.85,
      severity: encrypted ? 'high' : 'critical',
      validator: { name: 'pem-body', passed: true, detail: `${endAt >= 0 ? 'complete' : 'truncated'} ${label.toLowerCase()}${encrypted ? ' (passphrase-protected)' : ''}` },
    });
  }
}

function simple(text: string, re: RegExp, rule: string, out: Candidate[], check?: (v: string) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const span = m.indices?.[1] ?? [m.index, m.index + m[0].length];
    if (check && !check(m[0])) continue;
    out.push({ start: span[0], end: span[1], rule, confidence: 0.9, severity: 'critical' });
  }
}

function findKeys(input: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  const { text } = input;
  if (input.lower.includes('private key')) pemKeys(text, out);
  if (text.includes('LS0tLS1CRUdJTi')) {
    simple(text, BASE64_PEM, 'base64-pem-private-key', out, (v) => (decodeBase64(v.slice(0, 60)) ?? '').includes('PRIVATE KEY'));
  }
  if (text.includes('PuTTY-User-Key-File')) {
    PUTTY.lastIndex = 0;
    for (let m = PUTTY.exec(text); m !== null; m = PUTTY.exec(text)) {
      const priv = /Private-Lines: \d+\r?\n[A-Za-z0-9+/=\r\n]{40,8192}/.exec(text.slice(m.index, m.index + 12_000));
      if (priv) out.push({ start: m.index, end: m.index + priv.index + priv[0].trimEnd().length, rule: 'putty-private-key', confidence: 0.9, severity: 'critical' });
    }
  }
  if (text.includes('AGE-SECRET-KEY-1')) simple(text, AGE, 'age-secret-key', out);
  if (/privatekey|presharedkey/.test(input.lower)) simple(text, WIREGUARD, 'wireguard-key', out);
  return out;
}

export const privateKey = defineContextRule({
  id: 'secret.private_key',
  description: 'Private key: PEM/PKCS#8, OpenSSH, PGP, base64-wrapped PEM (kubeconfig), PuTTY, age or WireGuard.',
  validation: 'BEGIN/END armour (END optional) with ≥ 64 base64 body characters; base64 PEM must decode to a PRIVATE KEY header; age/WireGuard by exact encoding.',
  severity: 'critical',
  placeholder: 'PRIVATE_KEY',
  keywords: ['private key', 'ls0tls1crudjti', 'putty-user-key-file', 'age-secret-key-1', 'privatekey', 'presharedkey'],
  skipPlaceholderCheck: true,
  find: findKeys,
  vectors: {
    positive: [
      {
        text: 'here is the key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBkq9F3mZ7rT0vXcN2pLwE8sYhUgJ4aKiB6oR1nVtPfMwAAAJg3kLq4N5C6\n-----END OPENSSH PRIVATE KEY-----\nwhy does ssh reject it?',
        match: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBkq9F3mZ7rT0vXcN2pLwE8sYhUgJ4aKiB6oR1nVtPfMwAAAJg3kLq4N5C6\n-----END OPENSSH PRIVATE KEY-----',
      },
      { text: 'AGE-SECRET-KEY-15FERYXHRDZ9M6Y09MR8WRERWZGJ6F8NTXVHXYRDLM5AAHN0T09NL4UJY86' },
      { text: '[Interface]\nPrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\n', match: 'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=' },
    ],
    negative: ['-----BEGIN PRIVATE KEY-----\n***\n-----END PRIVATE KEY-----\n', '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----', 'rotate the private key monthly'],
  },
});
