/**
 * 32-bit FNV-1a, the hash behind the model's feature buckets. Training (`npm run train:intent`)
 * and the extension call this same function, so a bucket means the same n-gram in both.
 * Constants: http://www.isthe.com/chongo/tech/comp/fnv/ (32-bit offset basis and prime).
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** Folds char codes `text[start..end)` into `seed`. Math.imul keeps it exact 32-bit integer math. */
export function fnv1a(text: string, start: number, end: number, seed: number = FNV_OFFSET): number {
  let h = seed;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Mixes two hashes (word bigrams) without building the joined string. */
export function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, FNV_PRIME);
  h ^= b;
  return Math.imul(h, FNV_PRIME) >>> 0;
}

/** Folds a 32-bit hash to `bits` bits; the xor-fold lets the high bits matter too. */
export function bucketOf(hash: number, bits: number): number {
  return ((hash >>> bits) ^ hash) & ((1 << bits) - 1);
}
