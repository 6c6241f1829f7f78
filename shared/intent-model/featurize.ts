import { bucketOf, combine, fnv1a } from './hash';

/**
 * The intent model's tokenizer and featurizer — the single implementation used both by
 * `npm run train:intent` and by the extension at inference, so the two cannot drift.
 *
 * Features are binary and hashed into 2^MODEL_BITS buckets:
 *   - word unigrams and bigrams (lower-case letter/digit runs, any script),
 *   - character 4-grams over the lower-cased, whitespace-collapsed text (catch spelling
 *     variants such as "jailbroken", "DAN-mode", "ChatGPT's", and non-English prompts).
 * The vector is L2-normalised (each present bucket weighs 1/sqrt(count)), so a 5 KB DAN template
 * and a one-line "ignore the above" are on the same scale.
 */

/** 2^15 buckets: int8 weights for two heads = 64 KB raw, ~87 KB base64 (budget 200 KB). */
export const MODEL_BITS = 15;
/**
 * Only the first 4,096 characters are featurised: jailbreak templates state their premise up
 * front, and this bounds the cost on pasted documents (the engine truncates anyway).
 */
export const MAX_MODEL_CHARS = 4096;
const CHAR_GRAM = 4;

const SEED_WORD = fnv1a('word:', 0, 5);
const SEED_BIGRAM = fnv1a('bigram:', 0, 7);
const SEED_CHAR = fnv1a('char4:', 0, 6);

/** Letters and digits of any script; apostrophes stay inside words ("don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SPACES = /\s+/g;

/** The text the model sees: lower-cased, whitespace collapsed, capped. */
export function modelText(text: string): string {
  return text.slice(0, MAX_MODEL_CHARS).toLowerCase().replace(SPACES, ' ').trim();
}

let scratch = new Int32Array(4096);

/**
 * Sorted unique buckets of `text`. When `names` is given, also records a readable name per
 * emitted feature (training only: it allocates strings).
 */
export function featurize(text: string, bits: number = MODEL_BITS, names?: Map<number, string[]>): Int32Array {
  const t = modelText(text);
  const capacity = t.length * 3 + 8;
  if (scratch.length < capacity) scratch = new Int32Array(capacity);
  let n = 0;
  const emit = (bucket: number, name: string | null): void => {
    scratch[n++] = bucket;
    if (names && name !== null) {
      const list = names.get(bucket);
      if (list) list.push(name);
      else names.set(bucket, [name]);
    }
  };
  let prevHash = -1;
  let prevStart = 0;
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(t); m !== null; m = WORD.exec(t)) {
    const start = m.index;
    const end = start + m[0].length;
    const h = fnv1a(t, start, end, SEED_WORD);
    emit(bucketOf(h, bits), names ? t.slice(start, end) : null);
    if (prevHash >= 0) {
      emit(bucketOf(combine(prevHash ^ SEED_BIGRAM, h), bits), names ? `${t.slice(prevStart, prevEnd)} ${t.slice(start, end)}` : null);
    }
    prevHash = h;
    prevStart = start;
    prevEnd = end;
  }
  for (let i = 0; i + CHAR_GRAM <= t.length; i++) {
    emit(bucketOf(fnv1a(t, i, i + CHAR_GRAM, SEED_CHAR), bits), names ? `‹${t.slice(i, i + CHAR_GRAM)}›` : null);
  }
  return uniqueSorted(scratch.subarray(0, n));
}

function uniqueSorted(values: Int32Array): Int32Array {
  values.sort();
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i] !== values[i - 1]) values[k++] = values[i]!;
  }
  return values.slice(0, k);
}
