import { FOLD_TABLE } from './fold-table';

/**
 * The matching view of a prompt. Detectors see text with invisible characters removed and
 * lookalike characters folded to ASCII, so `AKIA\u200BIOSF…` or a Cyrillic `АKIA…` cannot hide a
 * key; findings are reported in the original text through `toOriginalIndex`/`toOriginalSpan`.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /**
   * One entry per folded or removed character, in order; `null` when the text needed no change
   * (the common all-ASCII case). Sparse, so a 1 MB paste with a single emoji costs one entry
   * instead of a 4 MB index array; spans map back by binary search (see `toOriginalIndex`).
   */
  readonly folds: Folds | null;
}

/**
 * Where each fold sits: parallel arrays, ascending in both texts. Every replacement is at most one
 * character (fold-table.ts), so the widths follow from these two and the texts (see `foldAt`).
 */
export interface Folds {
  /** Index in the original text of the folded character (1 code unit, or 2 for astral `𝐀`). */
  readonly from: Int32Array;
  /** Index in the normalised text where its replacement (0 or 1 character) starts. */
  readonly at: Int32Array;
}

/**
 * A code unit above U+00FF. V8 keeps a string with none in one byte per character (most pastes:
 * English prose, code, logs), and irregexp compiles this search for such a string to an immediate
 * failure, without reading it: the common case costs nothing however long the text (measured:
 * ~0.003 ms on 1 MB, where a scan for the first non-ASCII character took ~0.7 ms). On a two-byte
 * string it finds the first such unit like any search.
 */
const WIDE = /[\u0100-\uffff]/;
/**
 * The fold table's entries below U+0100, no-break space and soft hyphen (a test checks the list):
 * the only characters a text without a wide one can need folded, each found by one `indexOf`.
 */
export const NARROW_FOLDS = '\u00a0\u00ad';
/**
 * The next non-ASCII code unit, for hopping over long ASCII stretches natively (ASCII is never
 * folded: the fold table has no entry below U+0080). Its `lastIndex` is
 * set before each (synchronous) use, so sharing the object carries nothing from call to call.
 */
const NEXT_NON_ASCII = /[\u0080-\uffff]/g;

/**
 * Every BMP code unit's fold as 256-entry pages indexed by the high byte: `PAGE_OF[c >> 8]` is the
 * page's number in `SLOTS` and the slot holds the replacement's number in `REPLACEMENTS`. Page 0 is
 * all zeros (not folded) and stands for every high byte without a foldable character, so the loop
 * reads two typed arrays for any unit, ASCII included, with no test first; the high surrogates'
 * pages hold PAIR, which sends the unit to the loop's caller (astral characters use `ASTRAL`).
 * ~20 pages, ~10 KB.
 */
const REPLACEMENTS: string[] = [''];
const PAIR = 0xffff;
/** Page 1: the high surrogates'. */
const PAGE_OF = new Uint8Array(256).fill(1, 0xd8, 0xdc);
let pages = 2;
for (const cp of FOLD_TABLE.keys()) if (cp <= 0xffff && PAGE_OF[cp >> 8] === 0) PAGE_OF[cp >> 8] = pages++;
const SLOTS = new Uint16Array(pages * 256).fill(PAIR, 256, 512);
/** Astral characters (mathematical alphanumerics, tags) → replacement number. */
const ASTRAL = new Map<number, number>();
for (const [cp, folded] of FOLD_TABLE) {
  const k = REPLACEMENTS.push(folded) - 1;
  if (cp <= 0xffff) SLOTS[(PAGE_OF[cp >> 8]! << 8) | (cp & 0xff)] = k;
  else ASTRAL.set(cp, k);
}
/**
 * Per replacement number (each at most one character: normalize.test.ts checks): its length (0
 * when the character is removed) above bit 16, its one character's code below. The loop stores the
 * code whatever the length and moves on by the length: a removed character's slot is overwritten
 * by the next one, and a mix of removals and replacements (the zero-width + homoglyph attack)
 * costs no branch.
 */
const REPLACEMENT = Int32Array.from(REPLACEMENTS, (r) => (r.length === 0 ? 0 : 0x10000 | r.charCodeAt(0)));

/**
 * Folds are recorded into typed arrays, not boxed in JS arrays: a full one is doubled (an empty
 * one, the first time or after a huge text, starts at 256).
 */
function doubled(list: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(list.length * 2 || 256);
  bigger.set(list);
  return bigger;
}

/** The width of the character at `i`: 2 for a surrogate pair, else 1 (a lone surrogate is its own code point). */
const codePointWidth = (text: string, i: number): number => (text.codePointAt(i)! > 0xffff ? 2 : 1);

/**
 * An unchanged run at least this long goes into the normalised text as a slice of the original
 * (a native copy); a shorter one is in the character buffer already — the loop stores each
 * character it reads while its run is short — with the replacements around it, so a fold every
 * few characters (`\u200B\u0410KI\u0410 …`) costs a few buffer stores, not a slice, a rope node
 * and a flatten each. Past this length an ASCII stretch is hopped over natively.
 */
const SLICE_FROM = 32;
/** Characters per `String.fromCharCode` call (its arguments go on the stack). */
const CHUNK = 4_096;
/** Flushed when this full: a fold in the loop and two short runs still fit behind. */
const FLUSH_AT = CHUNK - 2 * SLICE_FROM - 2;
/**
 * Original characters the fold loop reads per call (see `foldSpan`). A loop that runs once per
 * text over 100,000 characters is compiled on-stack mid-loop, before the code after it has ever
 * run, and V8 then deoptimised that code at every later text's first fold (measured: --trace-deopt,
 * "insufficient type feedback" once per call; issue #3's zero-width + homoglyph row). A function
 * called once per 4,096 characters (a buffer's worth) is optimised whole, like any other hot function.
 */
const SPAN = CHUNK;

/**
 * Builds the normalised text in the same pass that finds the folds: runs of unchanged characters
 * as slices or buffered characters (see SLICE_FROM), replacements into the buffer, the buffer
 * turned into a string a chunk at a time. A plain array, reused across calls (a scan is
 * synchronous): `fromCharCode.apply` copies one ~4× faster than a typed array (measured).
 */
const buffer: number[] = [];

/*
 * The fold loop's state between calls, reset by `folded` for each text (a scan is synchronous, as
 * for `buffer`). The normalised text so far is `pieces` (`builtLength` characters), then
 * `buffered` characters in `buffer`, then the unchanged run of the original from `runStart` to the
 * current character (its first SLICE_FROM characters stored behind the buffered ones as they are
 * read); `from`/`at` are the folds so far (see `Folds`), `count` of them used. Module variables
 * rather than an object: the content script's build names them in a letter or two.
 */
/** Flushed buffers and unchanged runs sliced from the original, in order. */
const pieces: string[] = [];
let builtLength = 0;
let buffered = 0;
let runStart = 0;
/**
 * Fold records are scratch kept from text to text, and each text gets an exact-size copy: growing
 * fresh arrays from 16 entries for every text cost ~0.25 ms of the ~2 ms a zero-width + homoglyph
 * 100 KB text takes (50,000 folds: twelve doublings, each a zero-filled allocation and a copy).
 * Kept only up to KEPT entries (512 KB for the pair), so one huge paste does not pin its records.
 */
const KEPT = 1 << 16;
let from = new Int32Array(0);
let at = from;
let count = 0;

export function normalizeForMatching(original: string): NormalizedText {
  // Native searches settle the common text without a foldable character; the loop starts at the
  // first character that may be one (the loop takes unfolded characters before it as they are).
  // `>>> 0` turns "not found" (-1) into an offset past any text.
  const wide = original.search(WIDE) >>> 0;
  let first = wide;
  for (const c of NARROW_FOLDS) first = Math.min(first, original.indexOf(c) >>> 0);
  return first >= original.length ? unchanged(original) : folded(original, first, wide < original.length);
}

/** `twoByte`: the original holds a code unit above U+00FF (found by the search above). */
function folded(original: string, first: number, twoByte: boolean): NormalizedText {
  pieces.length = 0;
  builtLength = buffered = runStart = count = 0;
  buffer.length = 0;
  // Characters before the first fold go into the buffer only when the run they start is short.
  for (let i = first < SLICE_FROM ? 0 : first; i < original.length; ) {
    const end = Math.min(original.length, i + SPAN);
    i = foldSpan(original, i, end);
    if (i < end) i = rareStep(original, i);
  }
  if (count === 0) return unchanged(original);
  addPiece(flush(buffered));
  addPiece(original.slice(runStart));
  const text = joinPieces(twoByte);
  const folds: Folds = { from: from.slice(0, count), at: at.slice(0, count) };
  if (from.length > KEPT) from = at = new Int32Array(0);
  return { original, text, folds };
}

/**
 * The dense fold loop: reads the original from `i` towards `end`, storing short runs and folding
 * BMP characters, and returns where it stopped — at `end`, or at a character it leaves to
 * `rareStep`: a surrogate, an ASCII character deep in a long run (a hop), or a fold that needs a
 * slice, a flush or more room. Only the common paths are inside, so the optimised code is the same
 * whether the prompts seen before were ASCII or folded, and a first adversarial text does not
 * throw it away (measured: --trace-deopt).
 */
function foldSpan(original: string, i: number, end: number): number {
  // Locals in the loop, the module's variables at its ends: the optimiser keeps locals in registers.
  let b = buffered;
  let run = runStart;
  let n = count;
  const fromHere = from;
  const atHere = at;
  const room = fromHere.length;
  const base = builtLength;
  for (; i < end; i++) {
    const c = original.charCodeAt(i);
    const k = SLOTS[(PAGE_OF[c >> 8]! << 8) | (c & 0xff)]!;
    const length = i - run;
    if (k === 0) {
      if (length < SLICE_FROM) buffer[b + length] = c;
      else if (c < 0x80) break;
      continue;
    }
    if (k === PAIR || length >= SLICE_FROM || n === room || b >= FLUSH_AT) break;
    // The run before the fold (already buffered), then the fold's replacement.
    b += length;
    fromHere[n] = i;
    atHere[n++] = base + b;
    const replacement = REPLACEMENT[k]!;
    buffer[b] = replacement & 0xffff;
    b += replacement >> 16;
    run = i + 1;
  }
  buffered = b;
  runStart = run;
  count = n;
  return i;
}

/** The character at `i` that foldSpan stopped at; returns where to go on. */
function rareStep(original: string, i: number): number {
  const c = original.charCodeAt(i);
  const k = SLOTS[(PAGE_OF[c >> 8]! << 8) | (c & 0xff)]!;
  if (k === PAIR) {
    // The code point of the pair it starts (a lone surrogate is itself, in no table).
    const astral = ASTRAL.get(original.codePointAt(i)!) ?? 0;
    if (astral === 0) {
      // Part of the run, stored like any character; a low surrogate after it is one to foldSpan.
      if (i - runStart < SLICE_FROM) buffer[buffered + i - runStart] = c;
      return i + 1;
    }
    makeRoom(original, i);
    from[count] = i;
    at[count++] = builtLength + buffered;
    const replacement = REPLACEMENT[astral]!;
    buffer[buffered] = replacement & 0xffff;
    buffered += replacement >> 16;
    runStart = i + 2;
    return runStart;
  }
  // A BMP fold: with room made, foldSpan takes it when called again at `i`.
  if (k !== 0) {
    makeRoom(original, i);
    return i;
  }
  // An ASCII character deep in an unchanged run (a mostly English paste with a few curly quotes):
  // the regex engine finds the next non-ASCII character ~5× faster per character than the loop;
  // a lone one between non-ASCII characters (CJK punctuation) is just stepped over.
  if (original.charCodeAt(i + 1) >= 0x80) return i + 1;
  NEXT_NON_ASCII.lastIndex = i + 1;
  return NEXT_NON_ASCII.test(original) ? NEXT_NON_ASCII.lastIndex - 1 : original.length;
}

/**
 * Makes the fold at `i` one the loop can record: the run before it in `pieces` (a slice) when too
 * long to buffer, else in the buffer, the buffer flushed when full, and room for one more fold.
 */
function makeRoom(original: string, i: number): void {
  if (i - runStart < SLICE_FROM) buffered += i - runStart;
  else {
    addPiece(flush(buffered));
    addPiece(original.slice(runStart, i));
    buffered = 0;
  }
  if (buffered >= FLUSH_AT) {
    addPiece(flush(buffered));
    buffered = 0;
  }
  runStart = i;
  if (count === from.length) {
    from = doubled(from);
    at = doubled(at);
  }
}

const unchanged = (original: string): NormalizedText => ({ original, text: original, folds: null });

function addPiece(piece: string): void {
  pieces.push(piece);
  builtLength += piece.length;
}

/**
 * The pieces as one string, in one byte per character whenever the folds left no code unit above
 * U+00FF. Flushed buffers are one-byte then, but slices of a two-byte original (one that held a
 * curly quote or a zero-width space) are two-byte whatever they hold, and so is any string built
 * with them. On a two-byte text every later step pays: V8 lower-cases it character by character
 * (~0.75 ms per 100 KB against ~0.015 ms), and from 64 K characters it is a large object. So the
 * pieces are copied to one byte, through UTF-8, when none holds a wider unit (checked by one
 * search per piece, instant on the one-byte ones). Copying the flushed buffers too costs ~0.02 ms
 * per 100 KB and keeps no list of which pieces are slices.
 */
function joinPieces(twoByte: boolean): string {
  // Only a two-byte original has two-byte slices, and a wide piece (a kept CJK character, emoji or
  // lone surrogate) keeps the text two-byte anyway. The page's scans are of what one prompt holds:
  // its build leaves the copies out (build-flags.d.ts; the flag stays in this expression so the
  // bundler sees `narrowed` is never called there and drops it).
  const narrow = !globalThis.__CONTENT_SCRIPT__ && twoByte && !pieces.some((piece) => WIDE.test(piece)) ? narrowed(pieces) : null;
  const text = (narrow ?? pieces).join('');
  pieces.length = 0;
  return text;
}

/** Characters copied at a time, so the copy needs no more than a fixed scratch. */
const COPY_CHUNK = 1 << 14;

/** Made on first use, so that the page's build, which never copies, drops them with `narrowed`. */
let encoder: TextEncoder | undefined;
let decoder: TextDecoder | undefined;
/** UTF-8 scratch for one chunk: 2 bytes per character, the most U+0000–U+00FF take. */
let bytes: Uint8Array | undefined;

/**
 * Copies of the pieces, a chunk at a time, which engines store in one byte per character when
 * they hold no code unit above U+00FF. A chunk that does not fit the scratch had a wider character
 * after all: it is kept as it is, so the text is right whatever the engine stores.
 */
function narrowed(list: readonly string[]): string[] {
  encoder ??= new TextEncoder();
  // ignoreBOM keeps a leading U+FEFF as text instead of dropping it (pieces that narrow hold none).
  decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
  bytes ??= new Uint8Array(2 * COPY_CHUNK);
  const out: string[] = [];
  for (const piece of list) {
    for (let k = 0; k < piece.length; k += COPY_CHUNK) {
      const chunk = piece.slice(k, k + COPY_CHUNK);
      const { read, written } = encoder.encodeInto(chunk, bytes);
      out.push(read === chunk.length ? decoder.decode(bytes.subarray(0, written)) : chunk);
    }
  }
  return out;
}

/** The buffer's first `length` characters as a string. */
function flush(length: number): string {
  buffer.length = length;
  return String.fromCharCode.apply(null, buffer);
}

/** The last fold whose replacement starts at or before normalised index `n`, or -1. */
function foldBefore(folds: Folds, n: number): number {
  let lo = 0;
  let hi = folds.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folds.at[mid]! <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Normalised index → original index (a folded character's replacement maps to the character). */
export function toOriginalIndex(view: NormalizedText, n: number): number {
  const { folds } = view;
  if (folds === null) return n;
  const k = foldBefore(folds, n);
  if (k < 0) return n;
  const from = folds.from[k]!;
  const width = codePointWidth(view.original, from);
  const last = k + 1 === folds.at.length;
  // The fold's width in the original and its replacement's length in the normalised text: the
  // characters between it and the next fold (or the end) are unchanged in both texts.
  const length = (last ? view.text.length : folds.at[k + 1]!) - folds.at[k]! - ((last ? view.original.length : folds.from[k + 1]!) - from - width);
  const into = n - folds.at[k]!;
  return into < length ? from : from + width + into - length;
}

/** Original offset → the first normalised index whose character starts at or after it. */
export function toNormalizedIndex(view: NormalizedText, offset: number): number {
  const { folds } = view;
  if (folds === null) return offset;
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toOriginalIndex(view, mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Maps a normalised span to the original text. The end maps through the last included char, so
 * removed characters just after the span (a trailing zero-width space) are not pulled into it.
 */
export function toOriginalSpan(view: NormalizedText, start: number, end: number): [number, number] {
  if (view.folds === null) return [start, end];
  const last = toOriginalIndex(view, end - 1);
  // A folded astral character (two code units, e.g. mathematical bold `𝐀`) maps to its first unit.
  return [toOriginalIndex(view, start), last + codePointWidth(view.original, last)];
}
