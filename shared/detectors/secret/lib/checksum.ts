/**
 * Token checksums that providers embed so leaked tokens can be told from random strings.
 * GitHub (2021 format) and npm (2021 granular format) append the CRC32 of the 30 random
 * characters, base62-encoded and left-padded to 6 characters:
 * https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
 */
import type { ValidatorResult } from '../../../engine/types';

const CRC_TABLE: Uint32Array = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(ascii: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) c = (CRC_TABLE[(c ^ ascii.charCodeAt(i)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function base62(n: number, width: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/** Checks `<prefix><30 random><6 checksum>`; the prefix ends at the last `_`. */
export function crc32Base62Checksum(value: string): ValidatorResult {
  const body = value.slice(value.lastIndexOf('_') + 1);
  const random = body.slice(0, -6);
  const passed = body.length === 36 && base62(crc32(random), 6) === body.slice(-6);
  return { name: 'crc32-checksum', passed, detail: passed ? 'embedded CRC32 matches' : 'embedded CRC32 does not match (test or hand-made token?)' };
}

/** Checks `<prefix><40 random><8 hex>` where the hex is the CRC32 of the 40 (Cloudflare's 2025 tokens). */
export function crc32HexChecksum(value: string): ValidatorResult {
  const body = value.slice(value.indexOf('_') + 1);
  const passed = body.length === 48 && crc32(body.slice(0, 40)).toString(16).padStart(8, '0') === body.slice(40);
  return { name: 'crc32-checksum', passed, detail: passed ? 'embedded CRC32 matches' : 'embedded CRC32 does not match (test or hand-made token?)' };
}

/** Width of the base36 CRC32 that ends a GitLab routable token. */
const ROUTABLE_CRC_WIDTH = 7;

/**
 * GitLab routable tokens (`glpat-<payload>.<version>.<length><crc>`, and the 2024–25 form without
 * the version) end in a 7-character base36 CRC32 of every character before it
 * (gitlab-org/gitlab `lib/authn/token_field/generator/routable_token.rb`, `Zlib.crc32(…).to_s(36)`).
 */
export function crc32Base36Suffix(value: string): ValidatorResult {
  const head = value.slice(0, -ROUTABLE_CRC_WIDTH);
  const passed = crc32(head).toString(36).padStart(ROUTABLE_CRC_WIDTH, '0') === value.slice(-ROUTABLE_CRC_WIDTH);
  return { name: 'crc32-checksum', passed, detail: passed ? 'embedded CRC32 matches' : 'embedded CRC32 does not match (test, masked or hand-made token?)' };
}
