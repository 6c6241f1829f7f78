import { createHmac } from 'node:crypto';
import { expect, test } from 'vitest';
import { fingerprintPrompt, normalizeForFingerprint, type HmacSha256Hex } from './fingerprint';

const nodeSign: HmacSha256Hex = async (key, message) => createHmac('sha256', key).update(message).digest('hex');

test.each([
  ['  Hello\n\tWORLD ', 'hello world'],
  ['ｆｕｌｌwidth', 'fullwidth'],
])('normalizes %j → %j', (text, expected) => expect(normalizeForFingerprint(text)).toBe(expected));

test('equal prompts up to case and spacing share a fingerprint; other keys do not', async () => {
  const a = await fingerprintPrompt(nodeSign, 'tenant-a', 'Send  the KEY');
  expect(a).toMatch(/^[0-9a-f]{64}$/u);
  expect(await fingerprintPrompt(nodeSign, 'tenant-a', 'send the key')).toBe(a);
  expect(await fingerprintPrompt(nodeSign, 'tenant-b', 'send the key')).not.toBe(a);
});
