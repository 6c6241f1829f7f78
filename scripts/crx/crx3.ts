/**
 * CRX3 packaging, as Chrome verifies it (chromium/src/components/crx_file/crx_verifier.cc):
 *
 *   "Cr24" | uint32le 3 | uint32le header length | CrxFileHeader | zip
 *
 * CrxFileHeader { repeated AsymmetricKeyProof sha256_with_rsa = 2; bytes signed_header_data = 10000 }
 * AsymmetricKeyProof { bytes public_key = 1; bytes signature = 2 }   (public_key: SPKI DER)
 * SignedData { bytes crx_id = 1 }   (crx_id: first 16 bytes of SHA-256 of the public key)
 *
 * The signature is RSA PKCS#1 v1.5 with SHA-256 over
 *   "CRX3 SignedData\x00" | uint32le len(signed_header_data) | signed_header_data | zip.
 */
import type { KeyObject } from 'node:crypto';
import { createHash, createPublicKey, createSign, createVerify } from 'node:crypto';
import { bytesField, decodeFields } from './protobuf';

const MAGIC = Buffer.from('Cr24', 'ascii');
const VERSION = 3;
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'binary');
const CRX_ID_BYTES = 16;

const HEADER = { sha256WithRsa: 2, signedHeaderData: 10_000 } as const;
const PROOF = { publicKey: 1, signature: 2 } as const;
const SIGNED_DATA = { crxId: 1 } as const;

function uint32le(value: number): Buffer {
  const buf = Buffer.alloc(4);
  buf.writeUInt32LE(value);
  return buf;
}

/** Chrome's extension ID: the CRX ID in hex, with digits 0–f written as letters a–p. */
export function extensionIdFromPublicKey(spkiDer: Buffer): string {
  const hex = createHash('sha256').update(spkiDer).digest('hex').slice(0, CRX_ID_BYTES * 2);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function signedPayload(signedHeaderData: Buffer, zip: Buffer): Buffer[] {
  return [SIGNATURE_CONTEXT, uint32le(signedHeaderData.length), signedHeaderData, zip];
}

/** Packs a zip of the extension into a CRX3 signed with an RSA private key. */
export function packCrx3(zip: Buffer, privateKey: KeyObject): Buffer {
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error('CRX3 signing needs an RSA private key');
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const crxId = createHash('sha256').update(publicKey).digest().subarray(0, CRX_ID_BYTES);
  const signedHeaderData = bytesField(SIGNED_DATA.crxId, crxId);

  const signer = createSign('sha256');
  for (const part of signedPayload(signedHeaderData, zip)) signer.update(part);
  const signature = signer.sign(privateKey);

  const proof = Buffer.concat([bytesField(PROOF.publicKey, publicKey), bytesField(PROOF.signature, signature)]);
  const header = Buffer.concat([bytesField(HEADER.sha256WithRsa, proof), bytesField(HEADER.signedHeaderData, signedHeaderData)]);
  return Buffer.concat([MAGIC, uint32le(VERSION), uint32le(header.length), header, zip]);
}

export interface ParsedCrx3 {
  readonly proofs: readonly { publicKey: Buffer; signature: Buffer }[];
  readonly crxId: Buffer;
  readonly signedHeaderData: Buffer;
  readonly zip: Buffer;
}

/** Splits a CRX3 into its parts; throws on anything that is not a well-formed CRX3. */
export function parseCrx3(crx: Buffer): ParsedCrx3 {
  if (crx.length < 12 || !crx.subarray(0, 4).equals(MAGIC)) throw new Error('not a CRX file (no Cr24 magic)');
  const version = crx.readUInt32LE(4);
  if (version !== VERSION) throw new Error(`CRX version ${version}, expected ${VERSION}`);
  const headerEnd = 12 + crx.readUInt32LE(8);
  if (headerEnd > crx.length) throw new Error('CRX header runs past the end of the file');

  const proofs: { publicKey: Buffer; signature: Buffer }[] = [];
  let signedHeaderData: Buffer | undefined;
  for (const field of decodeFields(crx.subarray(12, headerEnd))) {
    if (field.number === HEADER.signedHeaderData) signedHeaderData = field.value;
    if (field.number !== HEADER.sha256WithRsa) continue;
    const parts = decodeFields(field.value);
    const publicKey = parts.find((part) => part.number === PROOF.publicKey)?.value;
    const signature = parts.find((part) => part.number === PROOF.signature)?.value;
    if (!publicKey || !signature) throw new Error('CRX key proof lacks a public key or a signature');
    proofs.push({ publicKey, signature });
  }
  if (!signedHeaderData) throw new Error('CRX header lacks signed_header_data');
  const crxId = decodeFields(signedHeaderData).find((field) => field.number === SIGNED_DATA.crxId)?.value;
  if (!crxId) throw new Error('CRX signed_header_data lacks crx_id');
  return { proofs, crxId, signedHeaderData, zip: crx.subarray(headerEnd) };
}

/**
 * Verifies a CRX3 the way Chrome does for its developer key: some RSA proof must verify, and the
 * CRX ID must be the hash of that proof's public key. Returns the extension ID.
 */
export function verifyCrx3(crx: Buffer): string {
  const parsed = parseCrx3(crx);
  for (const proof of parsed.proofs) {
    const ownsId = createHash('sha256').update(proof.publicKey).digest().subarray(0, CRX_ID_BYTES).equals(parsed.crxId);
    if (!ownsId) continue;
    const verifier = createVerify('sha256');
    for (const part of signedPayload(parsed.signedHeaderData, parsed.zip)) verifier.update(part);
    const key = createPublicKey({ key: proof.publicKey, format: 'der', type: 'spki' });
    if (verifier.verify(key, proof.signature)) return extensionIdFromPublicKey(proof.publicKey);
  }
  throw new Error('no key proof in the CRX both matches its ID and verifies');
}
