import { describe, expect, test } from 'vitest';
import { base62, crc32, crc32Base36Suffix, crc32Base62Checksum, crc32HexChecksum } from './checksum';

describe('token checksums', () => {
  test.each([
    ['', 0],
    ['123456789', 0xcbf43926], // the CRC-32 check value
  ])('crc32(%j)', (input, expected) => {
    expect(crc32(input)).toBe(expected);
  });

  test('round-trips a GitHub-style token', () => {
    const random = 'Zq8Lk2Vm9Xw4Rt7Yb1Nc6Hd3Jf5Gs0';
    expect(crc32Base62Checksum(`ghp_${random}${base62(crc32(random), 6)}`).passed).toBe(true);
    expect(crc32Base62Checksum(`ghp_${random}000000`).passed).toBe(false);
  });

  test('checks a Cloudflare-style token (40 random + CRC32 hex)', () => {
    const random = 'Zq8Lk2Vm9Xw4Rt7Yb1Nc6Hd3Jf5Gs0Pa2Qe7Wn8L';
    expect(crc32HexChecksum(`cfat_${random}${crc32(random).toString(16).padStart(8, '0')}`).passed).toBe(true);
    expect(crc32HexChecksum(`cfat_${random}00000000`).passed).toBe(false);
  });

  test.each([
    // The CRC covers every character before it, prefix and separators included.
    ['glpat-Zq8Lk2Vm9Xw4Rt7Yb1Nc6Hd3Jf5Gs0Pa2.01.0r'],
    ['glrt-t1_Zq8Lk2Vm9Xw4Rt7Yb1Nc6Hd3Jf5Gs0.0r'],
  ])('checks a GitLab routable token (%s + base36 CRC32)', (head) => {
    expect(crc32Base36Suffix(`${head}${crc32(head).toString(36).padStart(7, '0')}`).passed).toBe(true);
    expect(crc32Base36Suffix(`${head}xxxxxxx`).passed).toBe(false);
    expect(crc32Base36Suffix(`x${head.slice(1)}${crc32(head).toString(36).padStart(7, '0')}`).passed).toBe(false);
  });
});
