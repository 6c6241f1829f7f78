import { FOLD_TABLE } from './fold-table';

/**
 * The matching view of a prompt. Detectors see text with invisible characters removed and
 * lookalike characters folded to ASCII, so `AKIA\u200BIOSF…` or a Cyrillic `АKIA…` cannot hide a
 * key; findings are reported in the original text through `toOriginal`.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /**
   * Normalised index → original index, length `text.length + 1` (the extra slot maps the end).
   * `null` when the text needed no change, which is the common all-ASCII case.
   */
  readonly toOriginal: Int32Array | null;
}

/** Text made only of printable ASCII, tabs and line breaks never needs folding (the common case). */
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

/** Reads the code point at `i` without throwing on lone surrogates (they stay as they are). */
function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

export function normalizeForMatching(original: string): NormalizedText {
  if (!NON_ASCII.test(original)) return { original, text: original, toOriginal: null };

  // Pass 1: the output length, so the index map is one typed array (4 bytes per char) instead of
  // a growing JS array — it matters at the 5 MB budget.
  let outLength = 0;
  let changed = false;
  for (let i = 0; i < original.length; ) {
    if (original.charCodeAt(i) < 0x80) {
      outLength++;
      i++;
      continue;
    }
    const width = codePointWidth(original, i);
    const folded = FOLD_TABLE.get(original.codePointAt(i) ?? 0);
    if (folded === undefined) outLength += width;
    else {
      outLength += folded.length;
      changed = true;
    }
    i += width;
  }
  if (!changed) return { original, text: original, toOriginal: null };

  // Pass 2: copy unchanged runs as slices and record where every output char came from.
  const toOriginal = new Int32Array(outLength + 1);
  const parts: string[] = [];
  let out = 0;
  let runStart = 0;
  const flushRun = (end: number): void => {
    if (end > runStart) parts.push(original.slice(runStart, end));
    for (let k = runStart; k < end; k++) toOriginal[out++] = k;
  };
  for (let i = 0; i < original.length; ) {
    if (original.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const width = codePointWidth(original, i);
    const folded = FOLD_TABLE.get(original.codePointAt(i) ?? 0);
    if (folded !== undefined) {
      flushRun(i);
      parts.push(folded);
      for (let k = 0; k < folded.length; k++) toOriginal[out++] = i;
      runStart = i + width;
    }
    i += width;
  }
  flushRun(original.length);
  toOriginal[out] = original.length;
  return { original, text: parts.join(''), toOriginal };
}

/**
 * Maps a normalised span to the original text. The end maps through the last included char, so
 * removed characters just after the span (a trailing zero-width space) are not pulled into it.
 */
export function toOriginalSpan(view: NormalizedText, start: number, end: number): [number, number] {
  const map = view.toOriginal;
  if (map === null) return [start, end];
  const last = map[end - 1] ?? 0;
  // A folded astral character (two code units, e.g. mathematical bold `𝐀`) maps to its first unit.
  return [map[start] ?? 0, last + codePointWidth(view.original, last)];
}
