/** Tiny base64/base64url decoding for validators (no Buffer/atob dependency: runs in the worker and Node). */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map<string, number>([...ALPHABET].map((c, i) => [c, i] as const));
LOOKUP.set('-', 62);
LOOKUP.set('_', 63);

/** Decodes base64 or base64url to a latin-1 string; `null` when a character is invalid. */
export function decodeBase64(input: string): string | null {
  const s = input.replace(/=+$/, '');
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const ch of s) {
    const v = LOOKUP.get(ch);
    if (v === undefined) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

/** Decodes and parses a JSON object; `null` when it is not one. */
export function decodeBase64Json(input: string): Record<string, unknown> | null {
  const text = decodeBase64(input);
  if (text === null || !text.startsWith('{')) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
