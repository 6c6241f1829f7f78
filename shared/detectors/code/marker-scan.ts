/**
 * Which of a fixed set of ASCII literals occur inside `[start, end)` of a text: the language
 * markers of languages.ts over one code block. Each literal is indexed by its rarest pair of
 * adjacent characters (engine/bigram-rank), so the walk costs one table load per character; the
 * text is read in place rather than sliced, and a candidate is compared inline, character by
 * character, rather than by a `startsWith` call — code is full of the pairs that anchor markers
 * (`et` of `let `, `ns` of `const `), and most candidates fail on their first character.
 *
 * The walk reads the lower-cased copy of the text that every detector input carries (pairs are
 * indexed lower-cased), candidates are compared in the text itself: the copy is always one flat
 * string, while the text may be a slice or a concatenation, whose characters cost V8 an
 * indirection each (measured: the walk ~30 % faster on the benchmark's sliced text).
 */
import { rarestBigram } from '../../engine/bigram-rank';

const ASCII = 128;
/** "No marker" in the chains: marker numbers are bytes. */
const NONE = 255;

export interface MarkerIndex {
  readonly markers: readonly string[];
  /** `(c0 << 7) | c1` of a lower-cased pair → the first marker indexed on it, NONE when none. */
  readonly head: Uint8Array;
  /** Per marker: the next marker indexed on the same pair, NONE after the last. */
  readonly next: Uint8Array;
  /** Per marker: where its indexed pair starts in it. */
  readonly offsets: Int32Array;
}

/** ASCII letters lower-cased, any other character as is: what `lower` holds at the same offset. */
const fold = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

export function buildMarkerIndex(literals: Iterable<string>): MarkerIndex {
  const markers = [...new Set(literals)];
  if (markers.length >= NONE) throw new Error(`${markers.length} markers: at most ${NONE - 1} fit the index`);
  const head = new Uint8Array(ASCII * ASCII).fill(NONE);
  const next = new Uint8Array(markers.length).fill(NONE);
  const offsets = new Int32Array(markers.length);
  // Reversed so that each chain lists its markers in declaration order.
  for (let n = markers.length - 1; n >= 0; n--) {
    const m = markers[n]!;
    if (m.length < 2 || [...m].some((ch) => ch.charCodeAt(0) >= ASCII)) throw new Error(`marker ${JSON.stringify(m)}: needs two or more ASCII characters`);
    const o = rarestBigram(m.toLowerCase(), () => true);
    const key = (fold(m.charCodeAt(o)) << 7) | fold(m.charCodeAt(o + 1));
    offsets[n] = o;
    next[n] = head[key]!;
    head[key] = n;
  }
  return { markers, head, next, offsets };
}

/**
 * The markers one scan found: `list[0 … count)`, each marker once, in the order first seen. A
 * marker counts as seen in the current scan when `seen[n] === scan`, so starting a scan clears
 * nothing: clearing a per-marker array, and then reading all of it back to score the languages,
 * cost more than walking a typical pasted block (~400 characters) did.
 */
export interface MarkerHits {
  readonly seen: Uint32Array;
  readonly list: Int32Array;
  count: number;
  scan: number;
}

export function markerHits(index: MarkerIndex): MarkerHits {
  return { seen: new Uint32Array(index.markers.length), list: new Int32Array(index.markers.length), count: 0, scan: 0 };
}

/**
 * Lists in `hits` the markers that occur entirely inside `[start, end)` of `text` (exactly
 * `text.slice(start, end).includes(marker)`, case-sensitive). `lower` is `text` with ASCII letters
 * lower-cased, same length (a detector input's `lower`). `hits` is the caller's, reused from
 * scan to scan, so a scan allocates nothing.
 */
export function findMarkers(index: MarkerIndex, text: string, lower: string, start: number, end: number, hits: MarkerHits): void {
  hits.count = 0;
  if (++hits.scan === 0xffffffff) {
    // Once in 4 billion scans the stamps wrap: forget them all.
    hits.seen.fill(0);
    hits.scan = 1;
  }
  if (lower.length === text.length) walk(index, text, lower, 0, start, end, hits);
  else {
    // Any other lower-casing (U+0130 grows a character) would misplace candidates: walk an
    // ASCII-lowered copy of the range instead (a rare path; the copy costs one slice).
    const range = text.slice(start, end).replace(/[A-Z]+/g, (s) => s.toLowerCase());
    walk(index, text, range, start, start, end, hits);
  }
}

/**
 * The walk: `walked[i - base]` is text[i] with ASCII letters lower-cased. One load per character
 * and no folding (the lower-cased copy is the index's alphabet); a pair that anchors no marker —
 * most of them — costs nothing more, and the rest is a separate function so that this loop stays
 * small. Non-ASCII characters are masked into the table: their candidates fail the comparison.
 */
function walk(index: MarkerIndex, text: string, walked: string, base: number, start: number, end: number, hits: MarkerHits): void {
  const { head } = index;
  let c0 = walked.charCodeAt(start - base) & 127;
  for (let i = start + 1; i < end; i++) {
    const c1 = walked.charCodeAt(i - base) & 127;
    const n = head[(c0 << 7) | c1]!;
    c0 = c1;
    if (n !== NONE) candidates(index, text, n, i - 1, start, end, hits);
  }
}

/** The markers indexed on the pair at offset `pair`, from marker `n` down its chain, compared in place. */
function candidates(index: MarkerIndex, text: string, n: number, pair: number, start: number, end: number, hits: MarkerHits): void {
  const { markers, next, offsets } = index;
  for (; n !== NONE; n = next[n]!) {
    if (hits.seen[n] === hits.scan) continue;
    const at = pair - offsets[n]!;
    const m = markers[n]!;
    if (at < start || at + m.length > end) continue;
    let k = 0;
    while (k < m.length && text.charCodeAt(at + k) === m.charCodeAt(k)) k++;
    if (k === m.length) {
      hits.seen[n] = hits.scan;
      hits.list[hits.count++] = n;
    }
  }
}
