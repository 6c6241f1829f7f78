import { createHash, createPublicKey, createVerify, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extensionIdFromPublicKey, packCrx3, parseCrx3, verifyCrx3 } from './crx3';
import { loadSigningKey } from './signing-key';
import { createZip } from './zip';

const REAL_KEY = new URL('../../keys/extension-key.pem', import.meta.url);
const SIGHTLINE_ID = 'effnopkjhigkkkjldpkandbkbgmpmgpg';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const spki = publicKey.export({ type: 'spki', format: 'der' });
const zip = createZip([{ path: 'manifest.json', data: Buffer.from('{"manifest_version":3,"name":"t","version":"1"}') }]);

describe('packCrx3', () => {
  const crx = packCrx3(zip, privateKey);

  test('writes the Cr24 magic, version 3 and a header length that ends where the zip begins', () => {
    expect(crx.subarray(0, 4).toString('ascii')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    expect(crx.subarray(12 + crx.readUInt32LE(8)).equals(zip)).toBe(true);
  });

  test('the header carries the public key and a crx_id of its SHA-256, first 16 bytes', () => {
    const parsed = parseCrx3(crx);
    expect(parsed.proofs).toHaveLength(1);
    expect(parsed.proofs[0]?.publicKey.equals(spki)).toBe(true);
    expect(parsed.crxId.equals(createHash('sha256').update(spki).digest().subarray(0, 16))).toBe(true);
  });

  test('the signature verifies with the public key over the CRX3 signed payload', () => {
    const parsed = parseCrx3(crx);
    const lengthLe = Buffer.alloc(4);
    lengthLe.writeUInt32LE(parsed.signedHeaderData.length);
    const verifier = createVerify('sha256');
    verifier.update(Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'binary'), lengthLe, parsed.signedHeaderData, parsed.zip]));
    expect(verifier.verify(publicKey, parsed.proofs[0]?.signature ?? Buffer.alloc(0))).toBe(true);
    expect(verifyCrx3(crx)).toBe(extensionIdFromPublicKey(spki));
  });

  test.each([
    ['a changed zip byte', () => crx.length - 30],
    ['a changed crx_id byte', () => crx.indexOf(parseCrx3(crx).crxId)],
  ])('verification fails after %s', (_name, offset) => {
    const copy = Buffer.from(crx);
    copy.writeUInt8(copy.readUInt8(offset()) ^ 0xff, offset());
    expect(() => verifyCrx3(copy)).toThrow();
  });

  test.each([
    ['no magic', Buffer.from('PK\x03\x04xxxxxxxxxxxx')],
    ['CRX2', Buffer.concat([Buffer.from('Cr24'), Buffer.from([2, 0, 0, 0, 0, 0, 0, 0])])],
    ['a header past the end', Buffer.concat([Buffer.from('Cr24'), Buffer.from([3, 0, 0, 0, 0xff, 0, 0, 0])])],
  ])('parseCrx3 refuses %s', (_name, bytes) => {
    expect(() => parseCrx3(bytes)).toThrow();
  });
});

test.skipIf(!existsSync(REAL_KEY))("the lead's signing key (keys/extension-key.pem) packs as effnopkjhigkkkjldpkandbkbgmpmgpg", () => {
  const key = loadSigningKey({ SIGHTLINE_CRX_KEY_FILE: REAL_KEY.pathname });
  expect(verifyCrx3(packCrx3(zip, key))).toBe(SIGHTLINE_ID);
  expect(extensionIdFromPublicKey(createPublicKey(key).export({ type: 'spki', format: 'der' }))).toBe(SIGHTLINE_ID);
});

test('the fixture key file is never committed: keys/ is gitignored', () => {
  expect(readFileSync(new URL('../../.gitignore', import.meta.url), 'utf8')).toMatch(/^keys\/$/m);
});
