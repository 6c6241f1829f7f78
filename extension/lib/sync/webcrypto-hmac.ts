/** The prompt-fingerprint signer for `shared/events/ocsf/fingerprint.ts`, on WebCrypto. */
import { fingerprintPrompt, type HmacSha256Hex } from '../../../shared/events/ocsf/fingerprint';
import type { SightlineDb } from '../store/db';
import { readSyncState } from './sync-state';

const encoder = new TextEncoder();

/** One imported key per tenant key: importing costs as much as signing, on every flagged capture. */
const imported = new Map<string, Promise<CryptoKey>>();

export const webCryptoHmac: HmacSha256Hex = async (key, message) => {
  let pending = imported.get(key);
  if (!pending) imported.set(key, (pending = crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])));
  const cryptoKey = await pending;
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)));
  return Array.from(signature, (b) => b.toString(16).padStart(2, '0')).join('');
};

/** The fingerprint for a prompt, or undefined before enrollment delivered the tenant key. */
export async function promptFingerprint(db: SightlineDb, text: string): Promise<string | undefined> {
  const { hmacKey } = await readSyncState(db);
  return hmacKey ? fingerprintPrompt(webCryptoHmac, hmacKey, text) : undefined;
}
