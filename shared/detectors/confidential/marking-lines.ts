/**
 * The lines of a text that can hold a classification marking the detector would report, found
 * without searching the text for the markings themselves. A marking is reported only in upper
 * case or on a label line (classification-label.ts: a lower-case marking in a sentence scores
 * 0.35, 0.5 at the top or bottom of a document, and is reported from 0.6), so a line qualifies
 * only when
 *
 *   - the text holds a keyword in upper case on it (`CONFIDENTIAL`, `NDA`), or
 *   - its core — the line without leading and trailing characters other than [a-z0-9] — starts
 *     with a phrase or a `Classification:` prefix word, or ends with a phrase.
 *
 * Both are rare in prose and code, and both are cheaper to look for than the lower-case keywords
 * everywhere (one native regex over every character, ~2.6 ms a megabyte): upper-case letters are
 * rare enough for irregexp to skip most of the text, and a line's first and last two characters
 * select the few phrases worth comparing. What is left is the walk from line to line: on the
 * bench's megabyte of short lines (25,000) the detector costs ~20 % less, on its 100 KB ~27 %
 * less, on a long line of tokens ~60 % less (interleaved CPU medians).
 */

/** Code of an ASCII pair, the key of the tables below. */
const pairKey = (c0: number, c1: number): number => ((c0 & 127) << 7) | (c1 & 127);

/** Phrases (and prefix words) grouped by a pair of their characters: `group[table[key] - 1]`. */
interface PairTable {
  readonly table: Uint8Array;
  readonly groups: readonly (readonly string[])[];
}

function pairTable(words: readonly string[], pairAt: (word: string) => number): PairTable {
  const table = new Uint8Array(1 << 14);
  const groups: string[][] = [];
  for (const word of new Set(words)) {
    const at = pairAt(word);
    const key = pairKey(word.charCodeAt(at), word.charCodeAt(at + 1));
    if (table[key] === 0) table[key] = groups.push([]);
    groups[table[key]! - 1]!.push(word);
  }
  return { table, groups };
}

const isAlphanumeric = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * Keywords in upper case at or above this length are found by one regex: irregexp then skips
 * ahead several characters at a time through lower-case text. Shorter ones (`NDA`, `FOUO`) would
 * cut that stride to their length; each is one `indexOf` instead, which finds a rare first
 * character natively.
 */
const REGEX_FROM = 6;

export interface MarkingLines {
  /** Searches the upper-case keywords in `text` (g flag); `null` when none is long enough. */
  readonly upperRegex: RegExp | null;
  readonly upperShort: readonly string[];
  readonly starts: PairTable;
  readonly ends: PairTable;
}

/** The cues for a set of phrases, their anchor keywords and the label-line prefix words. */
export function markingLines(phrases: readonly string[], keywords: readonly string[], prefixWords: readonly string[]): MarkingLines {
  for (const w of [...phrases, ...prefixWords]) {
    if (w.length < 2 || !isAlphanumeric(w.charCodeAt(0)) || !isAlphanumeric(w.charCodeAt(w.length - 1)) || /[^\x20-\x7e]/.test(w)) {
      throw new Error(`marking ${JSON.stringify(w)}: needs printable ASCII, [a-z0-9] at both ends`);
    }
  }
  const upper = keywords.map((k) => k.toUpperCase());
  const long = upper.filter((k) => k.length >= REGEX_FROM);
  return {
    upperRegex: long.length === 0 ? null : new RegExp(long.join('|'), 'g'),
    upperShort: upper.filter((k) => k.length < REGEX_FROM),
    starts: pairTable([...phrases, ...prefixWords], () => 0),
    ends: pairTable(phrases, (w) => w.length - 2),
  };
}

/** Starts of the upper-case keywords in `text`, ascending (duplicates possible). */
function upperCuePositions(cues: MarkingLines, text: string): number[] {
  const at: number[] = [];
  const re = cues.upperRegex;
  if (re !== null) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) at.push(m.index);
  }
  let sorted = true;
  for (let k = 0; k < cues.upperShort.length; k++) {
    const word = cues.upperShort[k]!;
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) at.push(i);
    sorted = false;
  }
  return sorted ? at : at.sort((a, b) => a - b);
}

/** Does a phrase of group `g` (1-based) start (or, `atEnd`, end) at `edge` of `lower`, inside a core of `length`? */
function groupMatches(cues: PairTable, g: number, lower: string, edge: number, length: number, atEnd: boolean): boolean {
  const group = cues.groups[g - 1]!;
  for (let k = 0; k < group.length; k++) {
    const w = group[k]!;
    if (w.length <= length && lower.startsWith(w, atEnd ? edge - w.length : edge)) return true;
  }
  return false;
}

/**
 * The candidate lines of `text` (`lower`: its lower-cased copy, same length) as a flat list
 * `[start0, end0, start1, end1, …]`, ascending; a line's end is its `\n` or the text's end. Most
 * lines are answered by one table load per end: no phrase starts or ends with their pair of
 * characters.
 */
export function findMarkingLines(cues: MarkingLines, text: string, lower: string): number[] {
  const upper = upperCuePositions(cues, text);
  const { starts, ends } = cues;
  const out: number[] = [];
  let u = 0;
  for (let start = 0; start <= lower.length; ) {
    const nl = lower.indexOf('\n', start);
    const lineEnd = nl === -1 ? lower.length : nl;
    while (u < upper.length && upper[u]! < start) u++;
    let candidate = u < upper.length && upper[u]! < lineEnd;
    // The core: the line without characters other than [a-z0-9] at either end.
    let s = start;
    let e = lineEnd;
    while (s < e && !isAlphanumeric(lower.charCodeAt(s))) s++;
    while (e > s && !isAlphanumeric(lower.charCodeAt(e - 1))) e--;
    if (!candidate && e - s >= 2) {
      const first = starts.table[pairKey(lower.charCodeAt(s), lower.charCodeAt(s + 1))]!;
      const last = ends.table[pairKey(lower.charCodeAt(e - 2), lower.charCodeAt(e - 1))]!;
      candidate = (first !== 0 && groupMatches(starts, first, lower, s, e - s, false)) || (last !== 0 && groupMatches(ends, last, lower, e, e - s, true));
    }
    if (candidate) out.push(start, lineEnd);
    start = lineEnd + 1;
  }
  return out;
}
