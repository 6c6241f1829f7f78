/**
 * Which of a fixed set of ASCII literals occur inside `[start, end)` of a text: the language
 * markers of languages.ts over one code block. Each literal is indexed by its rarest pair of
 * adjacent characters (engine/bigram-rank), so the walk costs one table load per character; the
 * text is read in place rather than sliced, and a candidate is compared inline, character by
 * character, rather than by a `startsWith` call — code is full of the pairs that anchor markers
 * (`et` of `let `, `ns` of `const `), and most candidates fail on their first character.
 */
import { rarestBigram } from '../../engine/bigram-rank';

const ASCII = 128;

export interface MarkerIndex {
  readonly markers: readonly string[];
  /** `(c0 << 7) | c1` → the first marker indexed on that pair, -1 when none. */
  readonly head: Int16Array;
  /** Per marker: the next marker indexed on the same pair, -1 after the last. */
  readonly next: Int16Array;
  /** Per marker: where its indexed pair starts in it. */
  readonly offsets: Int32Array;
}

export function buildMarkerIndex(literals: Iterable<string>): MarkerIndex {
  const markers = [...new Set(literals)];
  const head = new Int16Array(ASCII * ASCII).fill(-1);
  const next = new Int16Array(markers.length).fill(-1);
  const offsets = new Int32Array(markers.length);
  // Reversed so that each chain lists its markers in declaration order.
  for (let n = markers.length - 1; n >= 0; n--) {
    const m = markers[n]!;
    if (m.length < 2 || [...m].some((ch) => ch.charCodeAt(0) >= ASCII)) throw new Error(`marker ${JSON.stringify(m)}: needs two or more ASCII characters`);
    const o = rarestBigram(m, () => true);
    const key = (m.charCodeAt(o) << 7) | m.charCodeAt(o + 1);
    offsets[n] = o;
    next[n] = head[key]!;
    head[key] = n;
  }
  return { markers, head, next, offsets };
}

/**
 * Sets `found[n]` to 1 for each marker `n` that occurs entirely inside `[start, end)` of `text`,
 * 0 for the others (exactly `text.slice(start, end).includes(marker)`). `found` is the caller's,
 * so a scan allocates nothing.
 */
export function findMarkers(index: MarkerIndex, text: string, start: number, end: number, found: Uint8Array): void {
  const { markers, head, next, offsets } = index;
  found.fill(0);
  let missing = markers.length;
  let c0 = text.charCodeAt(start);
  for (let i = start; i < end - 1 && missing > 0; i++) {
    const c1 = text.charCodeAt(i + 1);
    if ((c0 | c1) < ASCII) {
      for (let n = head[(c0 << 7) | c1]!; n !== -1; n = next[n]!) {
        if (found[n] === 1) continue;
        const m = markers[n]!;
        const at = i - offsets[n]!;
        if (at < start || at + m.length > end) continue;
        let k = 0;
        while (k < m.length && text.charCodeAt(at + k) === m.charCodeAt(k)) k++;
        if (k === m.length) {
          found[n] = 1;
          missing--;
        }
      }
    }
    c0 = c1;
  }
}
