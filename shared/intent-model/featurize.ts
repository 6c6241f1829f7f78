import { bucketOf, combine, FNV_PRIME } from './hash';

/**
 * The intent model's tokenizer and featurizer — the single implementation used both by
 * `npm run train:intent` and by the extension at inference, so the two cannot drift.
 *
 * Features are binary and hashed into 2^MODEL_BITS buckets:
 *   - word 1- and 2-grams (lower-case letter/digit runs, any script; "ignore the", "in character"
 *     are phrases, not words). Word 3-grams were dropped: on source-grouped cross-validation they
 *     added nothing (one more attack caught without them, at the same benign budget) and were a
 *     third of the features,
 *   - each word's 4-character prefix and suffix (spelling variants such as "jailbroken",
 *     "DAN-mode", "ChatGPT's"), and character bigrams of words in scripts without spaces.
 * The vector is L2-normalised (each present bucket weighs 1/sqrt(count)), so a 5 KB DAN template
 * and a one-line "ignore the above" are on the same scale.
 *
 * Speed (the 1 KB budget is 0.15 ms for all intent detectors): one pass over char codes with an
 * ASCII table, FNV-1a extended one character at a time, n-gram hashes combined from word hashes,
 * de-duplication by a generation-stamped table instead of a sort, as each feature is emitted. In
 * the extension the prompt's words come from the intent rules' walk (detectors/intent/profile.ts,
 * through featureWord), so scoring adds no walk of its own. Character n-grams at every
 * position (the first version) were ~1,000 features per KB and cost more than the whole budget;
 * word affixes keep most of their benefit at a fifth of the features.
 */

/**
 * 2^14 buckets: int8 weights for two heads = 32 KB raw, ~44 KB base64 (budget 200 KB). 2^15 and
 * 2^16 scored the same on source-grouped cross-validation, 2^13 and 2^12 lower (collisions).
 */
export const MODEL_BITS = 14;
/**
 * Only the first 4,096 characters are featurised: jailbreak templates state their premise up
 * front, and this bounds the cost on pasted documents (the engine truncates anyway).
 */
export const MAX_MODEL_CHARS = 4096;
/** Prefix/suffix length of sub-word features: 4, the char-gram size of the first version (3 and 5 not yet compared). */
export const AFFIX_CHARS = 4;

// Seeds keep word, bigram and char features apart (FNV-1a of the tag strings).
const SEED_WORD = 0x7d6a1c6f;
const SEED_BIGRAM = 0x3b1e3c0d;
const SEED_CHAR = 0x1a47b2c3;

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/**
 * The text the model sees: lower-cased and capped. Whitespace needs no collapsing: every feature
 * is built from words, so spacing never reaches a hash.
 */
export function modelText(text: string): string {
  return text.slice(0, MAX_MODEL_CHARS).toLowerCase();
}

/**
 * Word characters by UTF-16 code unit: 1 word, 2 not, 0 not yet asked. ASCII is filled up front;
 * other code units ask the Unicode-aware regex once and are remembered (64 KB, bounded: one byte
 * per code unit), since the regex test allocated a one-character string per character.
 */
const WORD_UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) WORD_UNIT[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 2;

export function isWordUnit(c: number): boolean {
  let k = WORD_UNIT[c]!;
  if (k === 0) WORD_UNIT[c] = k = NON_ASCII_WORD.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * Generation stamps of the buckets the current text has: one byte per bucket (16 KB at 2^14 where
 * 32-bit stamps took 64 KB), cleared once every 255 texts.
 */
let stamp = new Uint8Array(0);
let generation = 0;
/** The current walk's bits and its unique buckets so far, in order of first occurrence. */
let walkBits = MODEL_BITS;
let unique = new Int32Array(4096);
let uniqueCount = 0;
// Training's walks also keep every raw feature with the span it names (char n-grams: negative
// start), for the names; scoring's walks de-duplicate as they go and keep none.
let spans = false;
let hashes = new Int32Array(0);
let starts = new Int32Array(0);
let ends = new Int32Array(0);
let count = 0;
// The previous word (hash, start), which the next word's bigram joins.
let prevHash = 0;
let prevStart = -1;

/** One feature of the walk: its bucket, kept if new (and, for the names, the raw feature and its span). */
function emit(h: number, start: number, end: number): void {
  if (spans) {
    hashes[count] = h;
    starts[count] = start;
    ends[count++] = end;
  }
  const b = bucketOf(h >>> 0, walkBits);
  if (stamp[b] === generation) return;
  stamp[b] = generation;
  unique[uniqueCount++] = b;
}

/**
 * Sub-word features of the word `t[start, end)`: its first and last AFFIX_CHARS characters
 * ("jailbroken" → ‹jail›, ‹oken›), so spelling variants share weight; a word in a script written
 * without spaces (CJK: one "word" is a whole clause) gets all its character bigrams instead.
 */
function affixes(t: string, start: number, end: number): void {
  const len = end - start;
  if (t.charCodeAt(start) >= 0x2e80) {
    for (let i = start; i + 1 < end; i++) charGram(t, i, i + 2);
    return;
  }
  if (len <= AFFIX_CHARS) return;
  charGram(t, start, start + AFFIX_CHARS);
  charGram(t, end - AFFIX_CHARS, end);
}

function charGram(t: string, start: number, end: number): void {
  let h = SEED_CHAR;
  for (let i = start; i < end; i++) h = Math.imul(h ^ t.charCodeAt(i), FNV_PRIME);
  emit(h, -1 - start, end);
}

/**
 * Starts a walk over a model text of `length` characters at `bits` (sizes the scratch: at most 3
 * features per character), `withSpans` for training's names.
 */
function beginWalk(length: number, bits: number, withSpans: boolean): void {
  const capacity = length * 3 + 8;
  if (unique.length < capacity) unique = new Int32Array(capacity);
  if (withSpans && hashes.length < capacity) {
    hashes = new Int32Array(capacity);
    starts = new Int32Array(capacity);
    ends = new Int32Array(capacity);
  }
  if (stamp.length !== 1 << bits) {
    stamp = new Uint8Array(1 << bits);
    generation = 0;
  }
  if (++generation > 255) {
    stamp.fill(0);
    generation = 1;
  }
  walkBits = bits;
  spans = withSpans;
  count = 0;
  uniqueCount = 0;
  prevStart = -1;
}

/** The first word hash, before a word's characters are folded in (FNV-1a, one character at a time). */
export const WORD_SEED = SEED_WORD;

/**
 * Records the word `t[start, end)`, whose hash is `hash` (WORD_SEED with each of its characters
 * folded in by FNV-1a): the word, its affixes and its bigram with the word before. featurize's own
 * walk and profile.ts's walk (which featurises as it profiles) both segment words and hand each
 * one here, so a word means the same features whichever walk found it.
 */
export function featureWord(t: string, start: number, end: number, hash: number): void {
  emit(hash, start, end);
  affixes(t, start, end);
  if (prevStart >= 0) emit(combine(prevHash ^ SEED_BIGRAM, hash), prevStart, end);
  prevHash = hash;
  prevStart = start;
}

/**
 * featureWord for `count` words at once, word w being `t[words[3w], words[3w + 1])` with hash
 * `words[3w + 2]`: the same buckets in the same order, for a walk begun by beginFeatures (no
 * spans). profile.ts's walk hands its words over in one call; the scratch state is read once per
 * prompt instead of once per feature, and the affixes are hashed inline (featureWord and its
 * helpers per word were ~10 % of the intent detectors' time, issue #5). The equivalence is tested
 * against featurize on generated texts (detectors/intent/profile-features.test.ts).
 */
export function featureWords(t: string, words: Int32Array, count: number): void {
  if (spans) throw new Error('featureWords: a walk with spans (training) takes featureWord per word');
  const seen = stamp;
  const gen = generation;
  const out = unique;
  const mask = (1 << walkBits) - 1;
  const bits = walkBits;
  let n = uniqueCount;
  let before = prevHash;
  let beforeStart = prevStart;
  for (let w = 0; w < count; w++) {
    const start = words[w * 3]!;
    const end = words[w * 3 + 1]!;
    const hash = words[w * 3 + 2]!;
    // emit(hash): bucketOf(hash >>> 0, bits), kept if new.
    let u = hash >>> 0;
    let b = ((u >>> bits) ^ u) & mask;
    if (seen[b] !== gen) {
      seen[b] = gen;
      out[n++] = b;
    }
    if (t.charCodeAt(start) >= 0x2e80) {
      // A word in a script without spaces: its character bigrams (affixes' charGram).
      for (let i = start; i + 1 < end; i++) {
        u = Math.imul(Math.imul(SEED_CHAR ^ t.charCodeAt(i), FNV_PRIME) ^ t.charCodeAt(i + 1), FNV_PRIME) >>> 0;
        b = ((u >>> bits) ^ u) & mask;
        if (seen[b] !== gen) {
          seen[b] = gen;
          out[n++] = b;
        }
      }
    } else if (end - start > AFFIX_CHARS) {
      // Prefix and suffix of AFFIX_CHARS (4) characters (affixes' two charGrams).
      let h = SEED_CHAR;
      for (let i = start; i < start + AFFIX_CHARS; i++) h = Math.imul(h ^ t.charCodeAt(i), FNV_PRIME);
      u = h >>> 0;
      b = ((u >>> bits) ^ u) & mask;
      if (seen[b] !== gen) {
        seen[b] = gen;
        out[n++] = b;
      }
      h = SEED_CHAR;
      for (let i = end - AFFIX_CHARS; i < end; i++) h = Math.imul(h ^ t.charCodeAt(i), FNV_PRIME);
      u = h >>> 0;
      b = ((u >>> bits) ^ u) & mask;
      if (seen[b] !== gen) {
        seen[b] = gen;
        out[n++] = b;
      }
    }
    if (beforeStart >= 0) {
      u = combine(before ^ SEED_BIGRAM, hash);
      b = ((u >>> bits) ^ u) & mask;
      if (seen[b] !== gen) {
        seen[b] = gen;
        out[n++] = b;
      }
    }
    before = hash;
    beforeStart = start;
  }
  uniqueCount = n;
  prevHash = before;
  prevStart = beforeStart;
}

/** Walks the model text `t`: words, then each word's features (featureWord). */
function walk(t: string, bits: number, withSpans: boolean): void {
  beginWalk(t.length, bits, withSpans);
  // Words: FNV-1a extended per character; bigram hashes combine the word hashes.
  const len = t.length;
  for (let i = 0; i < len; ) {
    if (!isWordUnit(t.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let h = SEED_WORD;
    while (i < len) {
      const c = t.charCodeAt(i);
      // An apostrophe inside a word ("don't", "ChatGPT’s") belongs to it.
      if (!isWordUnit(c) && !(isWordApostrophe(c) && i + 1 < len && isWordUnit(t.charCodeAt(i + 1)))) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      i++;
    }
    featureWord(t, start, i, h);
  }
}

/** `'` or `’`: inside a word when a word character follows. */
export function isWordApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Unique buckets of `text`, in order of first occurrence. When `names` is given, also records a
 * readable name per emitted feature (training only: it allocates strings).
 */
export function featurize(text: string, bits: number = MODEL_BITS, names?: Map<number, string[]>): Int32Array {
  return uniqueBuckets(text, bits, names).slice();
}

/**
 * `featurize` without the copy, for the model's scoring loop: the buckets are a view of scratch
 * memory that the next call overwrites, so read them before featurising anything else. Scoring
 * every prompt of 200+ characters made the copy, and the spans only training names, a measurable
 * share of the model's cost.
 */
export function featurizeTransient(text: string, bits: number = MODEL_BITS): Int32Array {
  return uniqueBuckets(text, bits, undefined);
}

function uniqueBuckets(text: string, bits: number, names: Map<number, string[]> | undefined): Int32Array {
  const t = modelText(text);
  walk(t, bits, names !== undefined);
  if (names) nameFeatures(t, names);
  return unique.subarray(0, uniqueCount);
}

/** Records a readable name for every raw feature of the walk of `t` (training only: it allocates strings). */
function nameFeatures(t: string, names: Map<number, string[]>): void {
  for (let k = 0; k < count; k++) {
    const b = bucketOf(hashes[k]! >>> 0, walkBits);
    const s = starts[k]!;
    const name = s >= 0 ? t.slice(s, ends[k]) : `‹${t.slice(-1 - s, ends[k])}›`;
    const list = names.get(b);
    if (list) list.push(name);
    else names.set(b, [name]);
  }
}

/**
 * A walk of `t` (the model text: see modelText) that another pass makes: profile.ts walks the
 * prompt once for the rules' keywords and the decoders' statistics, and featurises in the same
 * walk instead of the model walking the text again. Call `beginFeatures`, then `featureWord` for
 * every word of `t` in order (words as featurize segments them), then `endFeatures`; the
 * result is featurizeTransient(text)'s, a view of scratch memory the next walk overwrites.
 */
export function beginFeatures(t: string, bits: number = MODEL_BITS): void {
  beginWalk(t.length, bits, false);
}

export function endFeatures(): Int32Array {
  return unique.subarray(0, uniqueCount);
}
