import { FNV_PRIME } from '../../intent-model/hash';
import { beginFeatures, endFeatures, featureWords, isWordApostrophe, isWordUnit, MAX_MODEL_CHARS, WORD_SEED } from '../../intent-model/featurize';
import { MIN_BASE64_CHARS, STUTTER_SCAN_CHARS } from './decoders';
import { findKeywords, mayStartKeyword, walkKeyword, type KeywordIndex } from './prefilter';

/**
 * One pass over a prompt's lower-cased text that answers every "could this possibly apply?"
 * question the intent detectors ask before running a regex or decoder: which rule keywords occur
 * (prefilter.ts, walked here when called through scanPrompt), which encodings might wrap an
 * instruction (obfuscation.ts) and whether a token flood is present (rules/token-flood.ts). These
 * were three walks over the text; one walk with a character-class table costs about as much as
 * the slowest of them. (issue 5: the intent detectors' share of the 1 KB budget is 0.15 ms.)
 * With a model, the walk also finds the model's words (featurize.ts's segmentation) and hands them
 * to featurize.ts's featureWords after the loop, so the model does not walk the prompt again.
 */

export interface TextProfile {
  /** Longest runs of base64, Morse (`.`, `-`, space, `/`), binary (`0`, `1`, space) and hex (+ space) characters. */
  readonly base64Run: number;
  /** Longest base64 run that ends in `=` padding (short payloads of two or three words). */
  readonly base64Padded: number;
  /**
   * Where the base64 runs of MIN_BASE64_CHARS+ characters lie: from the start of the first to the
   * end of the last (`[0, 0)` when there is none). Lower-casing keeps base64 characters base64, so
   * every such run of the original text lies inside one of these, and obfuscation.ts's run search
   * looks only there instead of over the whole prompt (a key or a hash in the middle of prose).
   */
  readonly base64From: number;
  readonly base64To: number;
  readonly morseRun: number;
  readonly binaryRun: number;
  readonly hexRun: number;
  /** Most hyphen/underscore joins between letters inside one token. */
  readonly joins: number;
  /** Words with a leet digit between two letters ("d3v", "1gn0r3"; not "h264", "4th", "$5"). */
  readonly leetWords: number;
  /** Longest "l e t t e r" run: letters each followed by one separator. */
  readonly spacedLetters: number;
  /**
   * Lower-case ASCII words of 3+ letters in the first STUTTER_SCAN_CHARS characters, and how many
   * of them end in a doubled letter: decoders.ts's countStutterWords, counted in this walk (a
   * second walk of its own cost half as much as this one).
   */
  readonly stutterWords: number;
  readonly stutteredWords: number;
  /**
   * Where a token flood (see the constants below) was recognised: the start of the token that
   * completed it, or -1. A glued flood starts there; a run of tokens ends there.
   */
  readonly floodAt: number;
}

/**
 * Word floods: one token (or a 2–3-token unit) repeated 30 times in a row. The longest run in the
 * 2,807 benign development prompts is 11 (a column of "3"s). Only tokens with a letter, a closing
 * bracket or 3+ digits count, so "= = =" separators and columns of single digits do not.
 */
const FLOOD_REPEATS = 30;
/**
 * Sentence floods: a 4–8-token unit ("What is the boiling point of water?") repeated 8 times in a row
 * (PurpleLlama's repeated_token_attack). No benign development prompt repeats such a unit twice
 * in a row more than once.
 */
const SENTENCE_REPEATS = 8;
/** Tokens remembered for the comparisons (the longest unit; a power of two, for the ring buffer). */
const MAX_UNIT_TOKENS = 8;
const SHORT_UNIT_TOKENS = 3;
/**
 * How far from `floodAt` a flood's span is searched, both ways: a sentence flood (8 tokens of up
 * to 40 characters, 8 times) ends about 2.6 K characters after it starts. The span pattern costs
 * ~100 steps per character, so it never runs over a whole 5 MB paste; a longer flood is reported
 * by the part inside the reach.
 */
export const FLOOD_REACH = 4096;
/** Shortest token worth checking for a glued flood ("artisanlibartisanlib…"). */
const GLUED_MIN_CHARS = 60;
const MAX_PERIOD = 12;
/**
 * Longer units glued together ("renderFormRowrenderFormRow…"): 13–24 characters repeated 6+
 * times with nothing between is no word, identifier or encoding (base64 and hex do not repeat).
 */
const LONG_PERIOD = 24;
const LONG_REPEATS = 6;
/** A run of brackets alone ("})})}}})…"): Lisp and JSON close a few dozen at most. */
const BRACKET_RUN = 40;

// Character classes, one table lookup per character (ASCII; other code points count as letters).
const B64 = 1;
const MORSE = 2;
const BIN = 4;
const HEX = 8;
const LETTER = 16;
const DIGIT = 32;
const LEET = 64;
/** Separators of spaced-out letters: space . - _ * */
const SEP = 128;
const SPACE = 256;
const BRACKET = 512;
const CLOSER = 1024;
/** Word joiners: - _ */
const JOIN = 2048;
/** Letters and digits: with an ASCII one before, inside a word, where no keyword starts. */
const WORD = LETTER | DIGIT;

const CLASS = new Uint16Array(128).map((_, c) => {
  let k = 0;
  const letter = c >= 97 && c <= 122;
  const digit = c >= 48 && c <= 57;
  if (letter || digit || c === 43 || c === 47) k |= B64;
  if (c === 46 || c === 45 || c === 32 || c === 47) k |= MORSE;
  if (c === 48 || c === 49 || c === 32) k |= BIN;
  if (digit || (c >= 97 && c <= 102) || c === 32) k |= HEX;
  if (letter) k |= LETTER;
  if (digit) k |= DIGIT;
  if (c === 48 || c === 49 || c === 51 || c === 52 || c === 53 || c === 55 || c === 57 || c === 64 || c === 36) k |= LEET;
  if (c === 32 || c === 46 || c === 45 || c === 95 || c === 42) k |= SEP;
  if (c === 32 || (c >= 9 && c <= 13)) k |= SPACE;
  if (c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125) k |= BRACKET;
  if (c === 41 || c === 93 || c === 125) k |= CLOSER;
  if (c === 45 || c === 95) k |= JOIN;
  return k;
});

function classOf(c: number): number {
  return c < 128 ? CLASS[c]! : c === 0xa0 ? SPACE : LETTER;
}

/**
 * Token `[start, end)` is one unit repeated with nothing between, or a long bracket run. The unit
 * must hold a letter or bracket: "=====" and "-----" rules are layout.
 */
function isGluedFlood(text: string, start: number, end: number, hasLetter: boolean): boolean {
  const len = end - start;
  if (len < GLUED_MIN_CHARS || !hasLetter) return isBracketRun(text, start, end);
  for (let p = 1; p <= LONG_PERIOD; p++) {
    if (len < p * (p <= MAX_PERIOD ? FLOOD_REPEATS : LONG_REPEATS)) {
      if (p <= MAX_PERIOD) continue;
      break;
    }
    let i = start + p;
    while (i < end && text.charCodeAt(i) === text.charCodeAt(i - p)) i++;
    if (i === end) return true;
  }
  return isBracketRun(text, start, end);
}

function isBracketRun(text: string, start: number, end: number): boolean {
  if (end - start < BRACKET_RUN) return false;
  let run = 0;
  for (let i = start; i < end && run < BRACKET_RUN; i++) run = classOf(text.charCodeAt(i)) & BRACKET ? run + 1 : 0;
  return run >= BRACKET_RUN;
}

/** Tokens of equal length (and hash) at `start` and `other`: the same characters? */
function sameToken(text: string, start: number, len: number, other: number): boolean {
  for (let j = 0; j < len; j++) if (text.charCodeAt(start + j) !== text.charCodeAt(other + j)) return false;
  return true;
}

/**
 * The last MAX_UNIT_TOKENS tokens (start, length, hash) and, in runs[p - 1], how many tokens in a
 * row equal the one p back. Module scratch reset per walk (three typed arrays per profile were
 * garbage on every prompt). A token's hash, built as it is walked, is compared before its
 * characters, so only tokens that really repeat are compared character by character; with the
 * mask instead of `%`, the walk costs ~12 % less (A/B on the bench prompts).
 */
const RING_MASK = MAX_UNIT_TOKENS - 1;
/**
 * How many ring tokens have each low hash byte. Prose rarely repeats a token within eight, so one
 * lookup settles most tokens; the eight comparisons per token were ~30 % of the walk.
 */
const SEEN_MASK = 255;
const ring = {
  starts: new Int32Array(MAX_UNIT_TOKENS),
  lengths: new Int32Array(MAX_UNIT_TOKENS),
  hashes: new Int32Array(MAX_UNIT_TOKENS),
  runs: new Int32Array(MAX_UNIT_TOKENS),
  seen: new Uint8Array(SEEN_MASK + 1),
};

/**
 * Every test looks back, never ahead (a letter's "followed by a separator" is decided at the
 * separator), so each character costs one table lookup.
 */
/** The model words of a walk: start, end and hash of each, featurised after the walk. */
const wordSpans = new Int32Array(3 * (MAX_MODEL_CHARS / 2 + 1));

function computeProfile(lower: string, index: KeywordIndex | null, found: Uint8Array | null, features: boolean): TextProfile {
  let b64 = 0, b64Max = 0, b64Padded = 0, b64From = 0, b64To = 0, morse = 0, morseMax = 0, bin = 0, binMax = 0, hex = 0, hexMax = 0;
  let leetWords = 0;
  let leetInside = false;
  let spaced = 0;
  let spacedLetters = 0;
  let stutterWords = 0;
  let stutteredWords = 0;
  let joins = 0;
  let maxJoins = 0;
  // Token runs: each whitespace-separated token compared with the ones 1–3 back (by length, then
  // characters: most comparisons end at the length).
  let floodAt = -1;
  let tokenStart = -1;
  let counts = false;
  let letters = false;
  let digits = 0;
  const { starts, lengths, hashes, runs, seen } = ring;
  starts.fill(-1);
  runs.fill(0);
  seen.fill(0);
  /** Whether some run is above zero (else a token that repeats none of the ring changes nothing). */
  let live = false;
  let tokens = 0;
  let tokenHash = 0;
  let prevK = SEP;
  let prev2K = SEP;
  let prevAsciiWord = false;
  // The model's word being walked (featurize.ts's words: letters and digits of any script, with
  // inner apostrophes): its start, or -1, and its FNV-1a hash so far.
  let wordStart = -1;
  let wordHash = 0;
  let words = 0;
  const n = lower.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 32;
    const k = classOf(c);
    if (features) {
      if (c < 128 ? (k & WORD) !== 0 : isWordUnit(c)) {
        if (wordStart < 0) {
          wordStart = i;
          wordHash = WORD_SEED;
        }
        wordHash = Math.imul(wordHash ^ c, FNV_PRIME);
      } else if (wordStart >= 0) {
        if (isWordApostrophe(c) && i + 1 < n && isWordUnit(lower.charCodeAt(i + 1))) wordHash = Math.imul(wordHash ^ c, FNV_PRIME);
        else {
          wordSpans[words * 3] = wordStart;
          wordSpans[words * 3 + 1] = i;
          wordSpans[words * 3 + 2] = wordHash;
          words++;
          wordStart = -1;
        }
      }
    }
    // Keyword prefilter (prefilter.ts) in the same walk: a keyword may start where a word starts.
    // Most word starts start none: the first two characters' table says so without the trie.
    const asciiWord = c < 128 && (k & WORD) !== 0;
    if (index !== null && i < n && !(asciiWord && prevAsciiWord) && mayStartKeyword(index, lower, i)) walkKeyword(index, lower, i, found!);
    prevAsciiWord = asciiWord;
    if (k & SPACE) {
      if (tokenStart >= 0 && floodAt < 0) {
        const len = i - tokenStart;
        if (len >= BRACKET_RUN && isGluedFlood(lower, tokenStart, i, letters)) floodAt = tokenStart;
        if (seen[tokenHash & SEEN_MASK] !== 0) {
          live = false;
          for (let p = 1; p <= MAX_UNIT_TOKENS; p++) {
            const slot = (tokens - p) & RING_MASK;
            const same = tokens >= p && hashes[slot] === tokenHash && lengths[slot] === len && sameToken(lower, tokenStart, len, starts[slot]!);
            const run = same ? runs[p - 1]! + 1 : 0;
            runs[p - 1] = run;
            if (run > 0) live = true;
            if (p <= SHORT_UNIT_TOKENS ? run >= FLOOD_REPEATS - 1 && (counts || digits >= 3) : run >= p * (SENTENCE_REPEATS - 1) && counts) floodAt = tokenStart;
          }
        } else if (live) {
          // No ring token has this hash: every run ends (no run of 0 completes a flood).
          runs.fill(0);
          live = false;
        }
        const slot = tokens & RING_MASK;
        if (tokens >= MAX_UNIT_TOKENS) {
          const evicted = hashes[slot]! & SEEN_MASK;
          seen[evicted] = seen[evicted]! - 1;
        }
        seen[tokenHash & SEEN_MASK] = seen[tokenHash & SEEN_MASK]! + 1;
        starts[slot] = tokenStart;
        lengths[slot] = len;
        hashes[slot] = tokenHash;
        tokens++;
      }
      tokenStart = -1;
    } else {
      if (tokenStart < 0) {
        tokenStart = i;
        tokenHash = 0;
        counts = false;
        letters = false;
        digits = 0;
      }
      tokenHash = (Math.imul(tokenHash, 31) + c) | 0;
      if (k & LETTER) counts = letters = true;
      else if (k & CLOSER) counts = true;
      else if (k & DIGIT) digits++;
    }
    if (i === n) {
      if (leetInside) leetWords++;
      if (b64 >= MIN_BASE64_CHARS) {
        if (b64To === 0) b64From = i - b64;
        b64To = i;
      }
      break;
    }
    if (k & B64) {
      if (++b64 > b64Max) b64Max = b64;
    } else {
      if (c === 61 && b64 > b64Padded) b64Padded = b64;
      if (b64 >= MIN_BASE64_CHARS) {
        if (b64To === 0) b64From = i - b64;
        b64To = i;
      }
      b64 = 0;
    }
    if (k & MORSE) { if (++morse > morseMax) morseMax = morse; } else morse = 0;
    if (k & BIN) { if (++bin > binMax) binMax = bin; } else bin = 0;
    if (k & HEX) { if (++hex > hexMax) hexMax = hex; } else hex = 0;
    if (k & LETTER) {
      // "d3v": a leet character between two letters; "out-put": a join between two letters.
      if (prevK & LEET && prev2K & LETTER) leetInside = true;
      if (prevK & JOIN && prev2K & LETTER && ++joins > maxJoins) maxJoins = joins;
    } else if (!(k & (DIGIT | LEET))) {
      if (leetInside) leetWords++;
      leetInside = false;
      if (!(k & JOIN)) joins = 0;
    }
    if (k & SEP) {
      if (prevK & LETTER) {
        spaced = prev2K & (LETTER | DIGIT) ? 1 : spaced + 1;
        if (spaced > spacedLetters) spacedLetters = spaced;
      }
    } else if (!(k & LETTER)) {
      spaced = 0;
    }
    prev2K = prevK;
    prevK = k;
    if (c >= 97 && c <= 122) {
      // The rest of a lower-case ASCII word (most of the characters of a prompt). After a letter, a
      // letter starts no keyword, run, join, leet word or spaced letter: only the token hash and
      // the base64 and hex runs change. Run maxima and the last two classes are settled once per
      // word, after the loop: per letter, only the hash and the hex run.
      const from = i;
      while (i + 1 < n) {
        const d = lower.charCodeAt(i + 1);
        if (d < 97 || d > 122) break;
        i++;
        tokenHash = (Math.imul(tokenHash, 31) + d) | 0;
        wordHash = Math.imul(wordHash ^ d, FNV_PRIME);
        if (d <= 102) hex++;
        else {
          if (hex > hexMax) hexMax = hex;
          hex = 0;
        }
      }
      if (i > from) {
        b64 += i - from;
        if (b64 > b64Max) b64Max = b64;
        if (hex > hexMax) hexMax = hex;
        prev2K = i - from >= 2 ? CLASS[lower.charCodeAt(i - 1)]! : prevK;
        prevK = CLASS[lower.charCodeAt(i)]!;
      }
      // The word is [from, i]; countStutterWords cuts it at STUTTER_SCAN_CHARS.
      if (from < STUTTER_SCAN_CHARS) {
        const end = i + 1 < STUTTER_SCAN_CHARS ? i + 1 : STUTTER_SCAN_CHARS;
        if (end - from >= 3) {
          stutterWords++;
          if (lower.charCodeAt(end - 1) === lower.charCodeAt(end - 2)) stutteredWords++;
        }
      }
    }
  }
  if (features) {
    beginFeatures(lower);
    featureWords(lower, wordSpans, words);
    walkFeatures = endFeatures();
  }
  return { base64Run: b64Max, base64Padded: b64Padded, base64From: b64From, base64To: b64To, morseRun: morseMax, binaryRun: binMax, hexRun: hexMax, joins: maxJoins, leetWords, spacedLetters, stutterWords, stutteredWords, floodAt };
}

/**
 * Profiles and keyword flags of the last few texts. One prompt is asked about by three detectors,
 * each with its own keyword index, and again for each decoded variant (obfuscation.ts) in between,
 * so a one-entry memo thrashed and the walk ran ~6 times per prompt.
 */
interface Walked {
  readonly profile: TextProfile;
  /**
   * The keyword flags of the index the walk had (`null`: profileOf's walk had none), and of any
   * other index asked about later. One index is the rule of (the analyzer's); a Map per prompt
   * for it showed in profiles.
   */
  readonly index: KeywordIndex | null;
  readonly found: Uint8Array | null;
  more: Map<KeywordIndex, Uint8Array> | null;
}
const MEMO_TEXTS = 8;
/** A 5 MB paste and its variants must not stay pinned in the worker after the scan. */
const MEMO_CHARS = 1 << 20;
/**
 * The remembered texts and their walks, oldest first. Searched with `===`, newest first, not a
 * Map: a Map hashed every new 1 KB prompt (~1.5 µs), while a miss here mostly ends at a length
 * compare or the first characters, and a hit is usually the newest entry, the same string.
 */
const memoTexts: string[] = [];
const memoWalks: Walked[] = [];
let memoChars = 0;

function recall(lower: string): Walked | undefined {
  for (let i = memoTexts.length - 1; i >= 0; i--) if (memoTexts[i] === lower) return memoWalks[i];
  return undefined;
}

/** Makes room for `lower` (forgetting every text when full): its slot, for slotFlags. */
function makeRoom(lower: string): number {
  if (memoTexts.length >= MEMO_TEXTS || memoChars + lower.length > MEMO_CHARS) {
    memoTexts.length = 0;
    memoWalks.length = 0;
    memoChars = 0;
  }
  return memoTexts.length;
}

function remember(lower: string, walked: Walked): Walked {
  memoTexts.push(lower);
  memoWalks.push(walked);
  memoChars += lower.length;
  return walked;
}

/**
 * Keyword flags by memo slot, per index, reused: a `new Uint8Array` of 633 flags per prompt cost
 * more than a microsecond (its memory is allocated outside the JS heap) and showed in the
 * collector's time. A slot's flags are overwritten only once the memo has been emptied and refilled
 * up to it, so flags read right after scanPrompt (matchRules does) are never stale.
 */
const flagPools = new WeakMap<KeywordIndex, Uint8Array[]>();

function slotFlags(index: KeywordIndex, slot: number): Uint8Array {
  let pool = flagPools.get(index);
  if (!pool) flagPools.set(index, (pool = []));
  const flags = pool[slot];
  if (flags) return flags.fill(0);
  return (pool[slot] = new Uint8Array(index.keywords.length));
}

/** The profile of `lower`. */
export function profileOf(lower: string): TextProfile {
  const walked = recall(lower);
  if (walked) return walked.profile;
  makeRoom(lower);
  return remember(lower, { profile: computeProfile(lower, null, null, false), index: null, found: null, more: null }).profile;
}

/** The model buckets of the last walk asked to featurise (see scanPrompt), until taken. */
let walkFeatures: Int32Array | null = null;
let walkFeaturesOf: string | null = null;

/**
 * The keyword flags of `index` in `lower` (see prefilter.ts), computed in the profile's own walk
 * the first time the text is seen (one walk instead of two saved ~10 % of the detectors' time);
 * for a text already profiled, only the keyword walk runs. Callers must not modify the flags,
 * and read them before scanning other texts (the memo reuses them: see slotFlags).
 *
 * With `features`, a first walk also featurises `lower` for the intent model (featurize.ts's
 * buckets of a model text equal to `lower`), for takeFeatures: the model's own walk over the
 * same characters cost about half as much as this one (issue #5).
 */
export function scanPrompt(index: KeywordIndex, lower: string, features = false): Uint8Array {
  const walked = recall(lower);
  if (walked) {
    if (walked.index === index) return walked.found!;
    let found = walked.more?.get(index);
    if (!found) {
      found = findKeywords(index, lower);
      (walked.more ??= new Map()).set(index, found);
    }
    return found;
  }
  const found = slotFlags(index, makeRoom(lower));
  // Past MAX_MODEL_CHARS the model reads a prefix: it featurises that itself.
  const featurise = features && lower.length <= MAX_MODEL_CHARS;
  remember(lower, { profile: computeProfile(lower, index, found, featurise), index, found, more: null });
  walkFeaturesOf = featurise ? lower : null;
  return found;
}

/**
 * The model buckets of `lower` from scanPrompt's walk (a view of scratch memory: read it before
 * anything else featurises), or `null` when the last walk asked to featurise was not of `lower`
 * (already profiled, too long, or another text walked since).
 */
export function takeFeatures(lower: string): Int32Array | null {
  const out = walkFeaturesOf === lower ? walkFeatures : null;
  walkFeatures = walkFeaturesOf = null;
  return out;
}
