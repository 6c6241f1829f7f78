/**
 * Private keys: PEM (PKCS#1/#8, EC, DSA, OpenSSH, encrypted), PGP secret key blocks, base64-wrapped
 * PEM (kubeconfig `client-key-data`, CI variables), PuTTY `.ppk`, age and WireGuard keys.
 * A truncated paste (BEGIN line and body, no END) is still a leaked key, so END is optional.
 */
import type { Candidate, DetectorInput } from '../../../engine/types';
import { decodeBase64 } from '../lib/base64';
import { defineContextRule } from '../lib/define-context-rule';

const PEM_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |ANY )?PRIVATE KEY(?: BLOCK)?)-----/y;
/** Longest key block we read (a 16k-bit RSA key is ~12 kB of PEM). */
const MAX_PEM = 16_384;
/** A real key body has at least this many base64 characters (a P-256 key has ~160). */
const MIN_BODY = 64;
const PEM_BODY = /[A-Za-z0-9+/=\s\\:,\-]{0,16384}/y;
const BASE64_PEM = /LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,16384}={0,2}/y;
const PUTTY = /PuTTY-User-Key-File-[23]: [\w-]{3,40}/y;
const PUTTY_PRIVATE = /Private-Lines: \d+\r?\n[A-Za-z0-9+/=\r\n]{40,8192}/;
/** How far past the PuTTY header the private lines may start (public lines come first). */
const PUTTY_WINDOW = 12_000;
const AGE = /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Z0-9])/y;
/** secp256k1 (Ethereum/Bitcoin) private keys: 32 bytes of hex, reported only near a key/wallet word. */
const SECP256K1 = /0x([0-9a-fA-F]{64})(?![0-9a-fA-F])/yd;
const SECP256K1_CONTEXT = /priv|secret|wallet|mnemonic|signer|key/i;
/** How far (chars) around the hex the context word may be; a short paragraph. */
const SECP256K1_WINDOW = 160;
const WIREGUARD = /(?:PrivateKey|PresharedKey)\s{0,4}=\s{0,4}([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)/yd;

function bodyChars(block: string): number {
  const body = block
    .replace(/-----[A-Z ]+-----/g, '')
    .replace(/^[A-Za-z-]+:.*$/gm, '') // Proc-Type / DEK-Info / Comment headers
    .replace(/\\[nr]/g, '');
  return body.length - body.replace(/[A-Za-z0-9+/]+/g, '').length;
}

/** A body that asks for the key instead of holding it: a template, not a leak. */
const FILL_IN = /\b(?:your|insert|paste|put|add|replace|example|sample|dummy|fake|redacted|placeholder)\b/i;

/**
 * The body (armour and headers removed) has a letter run, is not a mask (`***`, `xxx`, `...`)
 * and is not a fill-in instruction (`<paste your key here>`).
 */
function hasWordBody(block: string): boolean {
  const body = block.replace(/-----[A-Z ]+-----/g, '').replace(/\\[nr]/g, ' ').trim();
  return /[A-Za-z]{2}/.test(body) && !/^[\sxX*.•…]+$/.test(body) && !FILL_IN.test(body);
}

function pemAt(text: string, at: number, out: Candidate[]): number {
  PEM_BEGIN.lastIndex = at;
  const m = PEM_BEGIN.exec(text);
  if (m === null) return at;
  const label = m[1] ?? '';
  const endMarker = `-----END ${label}-----`;
  const bodyStart = at + m[0].length;
  // Bounded: the END marker is looked for only within MAX_PEM, and the block's span is consumed,
  // so 10,000 pasted BEGIN lines cost one read each, not one read of the rest of the text each.
  const window = text.slice(bodyStart, bodyStart + MAX_PEM);
  const found = window.indexOf(endMarker);
  let end: number;
  if (found >= 0) end = bodyStart + found + endMarker.length;
  else {
    PEM_BODY.lastIndex = 0;
    end = bodyStart + (PEM_BODY.exec(window)?.[0].trimEnd().length ?? 0);
  }
  const block = text.slice(at, end);
  // `***`, `xxx`, `...`: a redacted example, not a key. Its span is consumed all the same: any
  // later BEGIN inside it has no body either, and re-reading it per BEGIN would be quadratic.
  if (bodyChars(block) < MIN_BODY) {
    // A body of words (`super secret key here`) is not key material, but the armour says a
    // private key was being pasted: reported low, as detect-secrets reports the bare header (only
    // for a block on its own lines, not the armour quoted in a sentence).
    if (/^(?:\r?\n|\\n)/.test(text.slice(bodyStart, bodyStart + 2)) && hasWordBody(block)) out.push({ start: at, end, rule: 'private-key-header', confidence: 0.3, severity: 'low', note: 'BEGIN PRIVATE KEY armour without key material' });
    return end;
  }
  const encrypted = label.startsWith('ENCRYPTED') || block.includes('Proc-Type: 4,ENCRYPTED');
  out.push({
    start: at,
    end,
    rule: label.startsWith('PGP') ? 'pgp-private-key' : label.startsWith('OPENSSH') ? 'openssh-private-key' : 'pem-private-key',
    confidence: found >= 0 ? 0.95 : 0.85,
    severity: encrypted ? 'high' : 'critical',
    validator: { name: 'pem-body', passed: true, detail: `${found >= 0 ? 'complete' : 'truncated'} ${label.toLowerCase()}${encrypted ? ' (passphrase-protected)' : ''}` },
  });
  return end;
}

function stickyAt(text: string, at: number, re: RegExp, rule: string, out: Candidate[], check?: (v: string) => boolean): number {
  re.lastIndex = at;
  const m = re.exec(text);
  if (m === null) return at;
  const span = m.indices?.[1] ?? [at, at + m[0].length];
  if (!check || check(m[0])) out.push({ start: span[0], end: span[1], rule, confidence: 0.9, severity: 'critical' });
  return at + m[0].length;
}

function puttyAt(text: string, at: number, out: Candidate[]): number {
  PUTTY.lastIndex = at;
  if (PUTTY.exec(text) === null) return at;
  const priv = PUTTY_PRIVATE.exec(text.slice(at, at + PUTTY_WINDOW));
  if (!priv) return at;
  const end = at + priv.index + priv[0].trimEnd().length;
  out.push({ start: at, end, rule: 'putty-private-key', confidence: 0.9, severity: 'critical' });
  return end;
}

function secp256k1At(text: string, at: number, out: Candidate[]): number {
  // A transaction or block hash has the same shape: only a nearby key/wallet word tells them apart.
  if (at > 0 && /\w/.test(text[at - 1] ?? '')) return at;
  SECP256K1.lastIndex = at;
  const m = SECP256K1.exec(text);
  if (m === null) return at;
  const end = at + m[0].length;
  const around = text.slice(Math.max(0, at - SECP256K1_WINDOW), end + SECP256K1_WINDOW);
  if (SECP256K1_CONTEXT.test(around)) out.push({ start: at, end, rule: 'secp256k1-private-key', confidence: 0.6, severity: 'high' });
  return end;
}

function keyAt(input: DetectorInput, at: number, anchor: string, out: Candidate[]): number {
  const { text } = input;
  switch (anchor) {
    case '0x':
      return secp256k1At(text, at, out);
    case '-----begin ':
      return pemAt(text, at, out);
    case 'ls0tls1crudjti':
      return stickyAt(text, at, BASE64_PEM, 'base64-pem-private-key', out, (v) => (decodeBase64(v.slice(0, 60)) ?? '').includes('PRIVATE KEY'));
    case 'putty-user-key-file-':
      return puttyAt(text, at, out);
    case 'age-secret-key-1':
      return stickyAt(text, at, AGE, 'age-secret-key', out);
    default:
      return stickyAt(text, at, WIREGUARD, 'wireguard-key', out);
  }
}

export const privateKey = defineContextRule({
  id: 'secret.private_key',
  description: 'Private key: PEM/PKCS#8, OpenSSH, PGP, base64-wrapped PEM (kubeconfig), PuTTY, age or WireGuard.',
  validation: 'BEGIN/END armour (END optional) with ≥ 64 base64 body characters (armour around words only: low); base64 PEM must decode to a PRIVATE KEY header; age/WireGuard by exact encoding.',
  severity: 'critical',
  placeholder: 'PRIVATE_KEY',
  keywords: ['-----begin ', '0x', 'ls0tls1crudjti', 'putty-user-key-file-', 'age-secret-key-1', 'privatekey', 'presharedkey'],
  skipPlaceholderCheck: true,
  at: keyAt,
});
