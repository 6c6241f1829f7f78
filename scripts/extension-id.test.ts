import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { MANIFEST_KEY } from '../wxt.config';

/** Chrome's rule: SHA-256 of the DER public key, first 32 hex digits, 0–f mapped to a–p. */
function extensionIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

test('the manifest key pins the documented extension ID', () => {
  const id = extensionIdFromKey(MANIFEST_KEY);
  expect(id).toBe('effnopkjhigkkkjldpkandbkbgmpmgpg');
  expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain(id);
});

test('the manifest key is a public key, not a private one', () => {
  expect(MANIFEST_KEY).toMatch(/^MIIBIjAN/);
  expect(MANIFEST_KEY).not.toMatch(/PRIVATE/);
});
