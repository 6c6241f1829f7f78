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
/** After this many ASCII characters in a row the loop hops instead of stepping. */
const HOP_AFTER = 32;

/**
 * The BMP part of the fold table as 256-entry pages indexed by the high byte: `PAGE_OF[c >> 8]` is
 * the page's number in `SLOTS` (only the ~16 pages that hold a foldable character exist, ~8 KB),
 * and the slot holds the replacement's number in `REPLACEMENTS` (0: not folded). Two typed-array
 * loads per non-ASCII character instead of a `Map` lookup. Astral characters use the table.
 */
const REPLACEMENTS: string[] = [''];
const PAGE_OF = new Int16Array(256).fill(-1);
const pages: number[] = [];
for (const cp of FOLD_TABLE.keys()) if (cp <= 0xffff && PAGE_OF[cp >> 8] === -1) PAGE_OF[cp >> 8] = pages.push(cp >> 8) - 1;
const SLOTS = new Uint16Array(pages.length * 256);
/** Astral characters (mathematical alphanumerics, tags) → replacement number. */
const ASTRAL = new Map<number, number>();
for (const [cp, folded] of FOLD_TABLE) {
  const k = REPLACEMENTS.push(folded) - 1;
  if (cp <= 0xffff) SLOTS[(PAGE_OF[cp >> 8]! << 8) | (cp & 0xff)] = k;
  else ASTRAL.set(cp, k);
}
/** Per replacement number: its one character's code, or -1 when the character is removed. */
const REPLACEMENT_CODE = Int32Array.from(REPLACEMENTS, (r) => {
  if (r.length > 1) throw new Error(`fold ${JSON.stringify(r)}: a replacement is at most one character`);
  return r.length === 0 ? -1 : r.charCodeAt(0);
});

/** Folds are recorded into typed arrays, not boxed in JS arrays: a full one is doubled. */
function doubled(list: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

/** Reads the code point at `i` without throwing on lone surrogates (they stay as they are). */
function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * An unchanged run at least this long goes into the normalised text as a slice of the original
 * (a native copy); a shorter one is in the character buffer already — the loop stores each
 * character it reads while its run is short — with the replacements around it, so a fold every
 * few characters (`\u200B\u0410KI\u0410 …`) costs a few buffer stores, not a slice, a rope node
 * and a flatten each. Equal to HOP_AFTER: a run the loop hops over is always sliced.
 */
const SLICE_FROM = HOP_AFTER;
/** Characters per `String.fromCharCode` call (its arguments go on the stack). */
const CHUNK = 4_096;
/** Flushed when fuller than this: a short run and a replacement still fit behind. */
const FLUSH_AT = CHUNK - SLICE_FROM - 2;
/**
 * Original characters the fold loop reads per call (see `foldSpan`). A loop that runs once per
 * text over 100,000 characters is compiled on-stack mid-loop, before the code after it has ever
 * run, and V8 then deoptimised that code at every later text's first fold (measured: --trace-deopt,
 * "insufficient type feedback" once per call, and the text's whole rest interpreted at ~60 ns a
 * character; issue #3's zero-width + homoglyph row). A function called once per 4,096 characters
 * is optimised whole, with feedback from every path, like any other hot function.
 */
const SPAN = 4_096;

/**
 * Builds the normalised text in the same pass that finds the folds: runs of unchanged characters
 * as slices or buffered characters (see SLICE_FROM), replacements into the buffer, the buffer
 * turned into a string a chunk at a time. A plain array, reused across calls (a scan is
 * synchronous): `fromCharCode.apply` copies one ~4× faster than a typed array (measured).
 */
const buffer: number[] = [];

/*
 * The fold loop's state between spans, reset by `folded` for each text (a scan is synchronous, as
 * for `buffer`). The normalised text so far is `built`, then `buffered` characters in `buffer`,
 * then the unchanged run of the original from `runStart` to the current character (its first
 * SLICE_FROM characters stored behind the buffered ones as they are read). `ascii` counts ASCII
 * characters read in a row (see HOP_AFTER); `from`/`at` are the folds so far (see `Folds`), `count`
 * of them used. Module variables rather than an object: the content script's build names them in
 * a letter or two.
 */
let built = '';
let buffered = 0;
let runStart = 0;
let ascii = 0;
const NO_FOLDS = new Int32Array(0);
let from = NO_FOLDS;
let at = NO_FOLDS;
let count = 0;

export function normalizeForMatching(original: string): NormalizedText {
  // Native searches settle the common text without a foldable character; the loop starts at the
  // first character that may be one (the loop takes unfolded characters before it as they are).
  // `>>> 0` turns "not found" (-1) into an offset past any text.
  let first = original.search(WIDE) >>> 0;
  for (const c of NARROW_FOLDS) first = Math.min(first, original.indexOf(c) >>> 0);
  return first >= original.length ? unchanged(original) : folded(original, first);
}

function folded(original: string, first: number): NormalizedText {
  built = '';
  buffered = runStart = ascii = count = 0;
  from = new Int32Array(16);
  at = new Int32Array(16);
  buffer.length = 0;
  for (let j = 0; j < Math.min(first, SLICE_FROM); j++) buffer[j] = original.charCodeAt(j);
  for (let i = first; i < original.length; ) i = foldSpan(original, i, Math.min(original.length, i + SPAN));
  if (count === 0) return unchanged(original);
  const text = (buffered > 0 ? built + flush(buffered) : built) + original.slice(runStart);
  const folds: Folds = { from: from.slice(0, count), at: at.slice(0, count) };
  // Nothing of this text stays referenced from the module (a 5 MB paste's folds are ~40 MB).
  built = '';
  from = at = NO_FOLDS;
  return { original, text, folds };
}

/** Reads the original from `i` to `end` (or past it, hopping over ASCII), folding as it goes; returns where it stopped. */
function foldSpan(original: string, i: number, end: number): number {
  // Locals in the loop, the module's variables at its ends: the optimiser keeps locals in registers.
  let b = buffered;
  let run = runStart;
  let n = ascii;
  for (; i < end; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      if (i - run < SLICE_FROM) buffer[b + i - run] = c;
      // A long ASCII stretch (a mostly English paste with a few curly quotes): let the regex
      // engine find the next non-ASCII character, ~5× faster per character than this loop.
      if (++n === HOP_AFTER) {
        n = 0;
        NEXT_NON_ASCII.lastIndex = i + 1;
        if (!NEXT_NON_ASCII.test(original)) {
          i = original.length;
          break;
        }
        i = NEXT_NON_ASCII.lastIndex - 2;
      }
      continue;
    }
    n = 0;
    let k = 0;
    let w = 1;
    // A high surrogate: the code point of the pair it starts, or itself when it is alone.
    const cp = c >= 0xd800 && c <= 0xdbff ? original.codePointAt(i)! : c;
    if (cp > 0xffff) {
      w = 2;
      k = ASTRAL.get(cp) ?? 0;
    } else {
      const page = PAGE_OF[c >> 8]!;
      if (page >= 0) k = SLOTS[(page << 8) | (c & 0xff)]!;
    }
    if (k === 0) {
      // Part of the run: stored like an ASCII character (both units of a surrogate pair).
      for (let u = i; u < i + w; u++) if (u - run < SLICE_FROM) buffer[b + u - run] = original.charCodeAt(u);
      i += w - 1;
      continue;
    }
    // The run before the fold (already buffered when short), then the fold's replacement.
    if (i - run < SLICE_FROM) b += i - run;
    else {
      if (b > 0) built += flush(b);
      b = 0;
      built += original.slice(run, i);
    }
    if (count === from.length) {
      from = doubled(from);
      at = doubled(at);
    }
    from[count] = i;
    at[count++] = built.length + b;
    const code = REPLACEMENT_CODE[k]!;
    if (code >= 0) buffer[b++] = code;
    if (b > FLUSH_AT) {
      built += flush(b);
      b = 0;
    }
    run = i + w;
    i += w - 1;
  }
  buffered = b;
  runStart = run;
  ascii = n;
  return i;
}

const unchanged = (original: string): NormalizedText => ({ original, text: original, folds: null });

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
