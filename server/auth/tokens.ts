/**
 * Bearer secrets. Tokens carry 256 random bits, so an unsalted SHA-256 is enough to make a stolen
 * database useless for authentication (no dictionary to try), and it lets the collector find a
 * token by its hash with an index. The final comparison is constant-time anyway.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefixes make a leaked token recognisable to secret scanners and to people. */
export const ENROLLMENT_TOKEN_PREFIX = 'sle';
export const DEVICE_TOKEN_PREFIX = 'sld';
const TOKEN_BYTES = 32;
const HMAC_KEY_BYTES = 32;

export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(TOKEN_BYTES).toString('base64url')}`;
}

export function newHmacKey(): string {
  return randomBytes(HMAC_KEY_BYTES).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** The token from `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,512})$/u.exec(header ?? '');
  return match?.[1];
}
