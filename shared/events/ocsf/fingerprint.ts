/**
 * Prompt fingerprint: HMAC-SHA256 of the normalised prompt with the tenant's key, so the
 * collector can group repeats of the same prompt without ever seeing it. A keyed hash, not a plain
 * one: short prompts would otherwise be reversible by guessing.
 */

/**
 * Signs `message` with `key` (HMAC-SHA256) and returns lower-case hex. Injected so `shared/`
 * touches no crypto API: the extension passes a WebCrypto implementation.
 */
export type HmacSha256Hex = (key: string, message: string) => Promise<string>;

/** Case, Unicode form and whitespace do not make a prompt different. */
export function normalizeForFingerprint(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function fingerprintPrompt(sign: HmacSha256Hex, tenantKey: string, text: string): Promise<string> {
  return sign(tenantKey, normalizeForFingerprint(text));
}
