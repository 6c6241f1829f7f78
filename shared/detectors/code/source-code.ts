import type { Candidate, Candidates, Detector, DetectorInput } from '../../engine/types';
import { markCapped } from '../../engine/candidates';
import { lineIndex, type LineIndex } from '../../engine/text-index';
import { isCodeLine, lineShapes } from './line-classifier';
import { fenceLanguage, guessLanguage, SAMPLE_CHARS } from './languages';

/**
 * Pasted source code. Developers paste code into assistants all day, so this is a `low` signal
 * that never flags alone (risk.ts caps low-only risk); policy can escalate it, and it raises the
 * weight of a proprietary header or a secret found in the same prompt only through their own
 * findings. Heuristic: a run of lines most of which look like code, or a fenced ``` block.
 *
 * It reads every line of every prompt, so the heuristic is one walk from newline to newline
 * (native `indexOf`) with plain integers: no line index, no per-line objects, no closures; each
 * line costs its leading and trailing whitespace, its first word and two native-search cursors
 * (line-classifier.ts). The language guess reads only the blocks found, and only the first
 * GUESS_BUDGET characters of them per text.
 */

/** Two or fewer code-looking lines are a command or an inline snippet, not a pasted file. */
const MIN_CODE_LINES = 3;
/** Share of non-blank lines in a run that must look like code (prose with one `if (` is not code). */
const MIN_CODE_DENSITY = 0.6;
/** A run survives this many consecutive prose lines (a comment line the classifier misses). */
const MAX_GAP_LINES = 1;
/**
 * The engine keeps at most this many findings per detector anyway; the scan stops once reached,
 * and says so (`capped`) if text was left unread.
 */
const MAX_BLOCKS = 500;
/**
 * Characters of code per text the language guess reads (each block's first 8 KB at most, see
 * languages.ts). Its walk costs several times what classifying a line costs per character, and it
 * was half of this detector's cost on a long paste of many blocks; the guess only names the
 * language in the explanation, and a paste is rarely in more languages than its first 8 KB of code
 * (~200 lines) show. Later blocks say "language not guessed".
 */
const GUESS_BUDGET = 8_192;
const NOT_GUESSED = 'language not guessed';

/** Space, tab, CR, FF, VT; most characters asked about are none of them and answer the first comparison. */
const isSpace = (c: number): boolean => c <= 0x20 && (c === 0x20 || c === 0x09 || (c >= 0x0b && c <= 0x0d));

/** Line `i` without leading whitespace: its start. A blank line's trimmed start is its end. */
function trimmedStart(text: string, lines: LineIndex, i: number): number {
  let s = lines.starts[i]!;
  const e = lines.ends[i]!;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  return s;
}

/** … and without trailing whitespace: its end, never before the trimmed start. */
function trimmedEnd(text: string, lines: LineIndex, i: number, s = trimmedStart(text, lines, i)): number {
  let e = lines.ends[i]!;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** What is left of the text's GUESS_BUDGET: one per detect call, passed down. */
interface Guesses {
  left: number;
}

/** The block's language, or NOT_GUESSED once the text's budget is spent (a fence alias is free). */
function languageOf(input: DetectorInput, guesses: Guesses, start: number, end: number, fenceInfo?: string): string {
  const named = fenceInfo === undefined ? undefined : fenceLanguage(fenceInfo);
  if (named !== undefined) return named;
  if (guesses.left <= 0) return NOT_GUESSED;
  guesses.left -= Math.min(end - start, SAMPLE_CHARS);
  return guessLanguage(input.text, input.lower, start, end);
}

/** Fenced ``` blocks, and the lines they cover (fences included) so the heuristic skips them. */
function fencedBlocks(input: DetectorInput, lines: LineIndex, guesses: Guesses): { blocks: Candidate[]; inside: Uint8Array } {
  const { text } = input;
  const blocks: Candidate[] = [];
  const inside = new Uint8Array(lines.count);
  let open = -1;
  let info = '';
  for (let i = 0; i < lines.count; i++) {
    const ts = trimmedStart(text, lines, i);
    if (!text.startsWith('```', ts)) continue;
    if (open === -1) {
      open = i;
      info = text.slice(ts + 3, trimmedEnd(text, lines, i, ts)).trim().split(/\s/)[0] ?? '';
      continue;
    }
    let first = -1;
    let last = -1;
    let body = 0;
    for (let k = open + 1; k < i; k++) {
      if (trimmedEnd(text, lines, k) === trimmedStart(text, lines, k)) continue;
      if (first === -1) first = k;
      last = k;
      body++;
    }
    inside.fill(1, open, i + 1);
    if (first !== -1) {
      const span = { start: trimmedStart(text, lines, first), end: trimmedEnd(text, lines, last) };
      const language = languageOf(input, guesses, span.start, span.end, info || undefined);
      blocks.push({ ...span, rule: 'fenced-block', confidence: 0.95, note: `${language}, ${body} lines` });
    }
    open = -1;
  }
  return { blocks, inside };
}

/** The run of lines from trimmed offset `start` to `end` as a block, if it has enough code lines, dense enough. */
function runBlock(input: DetectorInput, guesses: Guesses, start: number, end: number, codeLines: number, nonBlank: number): Candidate | null {
  const density = codeLines / nonBlank;
  if (codeLines < MIN_CODE_LINES || density < MIN_CODE_DENSITY) return null;
  const language = languageOf(input, guesses, start, end);
  return { start, end, rule: 'line-heuristic', confidence: Math.min(0.9, 0.4 + density / 2), note: `${language}, ${codeLines} code lines` };
}

/**
 * Runs of code-looking lines outside fenced blocks (`skip[i]` is 1 for line `i` inside one). The
 * run's state lives in plain locals (a closure over them would keep them in a heap context, read
 * and written on every line). Lines are those of engine/text-index, `\r` included in the trimmed
 * whitespace.
 */
function heuristicBlocks(input: DetectorInput, skip: Uint8Array | null, guesses: Guesses, out: Candidate[]): Candidates {
  // Lines are read in the lower-cased copy: the same lines, whitespace and punctuation, the
  // classifier folds case anyway, and the copy is one flat string while the text may be a slice
  // or a concatenation, whose characters cost V8 an indirection each (~15 % of the walk).
  const text = input.lower.length === input.text.length ? input.lower : input.text;
  const shapes = lineShapes(text);
  // The open run: trimmed start of its first code line, trimmed end of its last, code lines,
  // non-blank lines; `start === -1` when none.
  let start = -1;
  let end = -1;
  let codeLines = 0;
  let nonBlank = 0;
  let gap = 0;
  let blocks = 0;
  let lineStart = 0;
  for (let i = 0; lineStart <= text.length; i++) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    let ts = lineStart;
    let te = lineEnd;
    const indentedFrom = lineStart;
    lineStart = lineEnd + 1;
    if (skip === null || skip[i] !== 1) {
      while (ts < te && isSpace(text.charCodeAt(ts))) ts++;
      while (te > ts && isSpace(text.charCodeAt(te - 1))) te--;
      if (te === ts) continue;
      if (isCodeLine(shapes, ts, te, ts > indentedFrom)) {
        if (start === -1) {
          start = ts;
          codeLines = 0;
          nonBlank = 0;
        }
        end = te;
        codeLines++;
        nonBlank += gap + 1;
        gap = 0;
        continue;
      }
      if (start === -1 || ++gap <= MAX_GAP_LINES) continue;
    }
    // A fenced line, or one prose line too many: the run ends.
    if (start !== -1) {
      const block = runBlock(input, guesses, start, end, codeLines, nonBlank);
      if (block !== null) {
        out.push(block);
        // The cap: lines after this one are left unread, and the result says so if they hold text.
        if (++blocks === MAX_BLOCKS) return isBlankFrom(text, lineStart) ? out : markCapped(out);
      }
    }
    start = -1;
    gap = 0;
  }
  if (start !== -1) {
    const block = runBlock(input, guesses, start, end, codeLines, nonBlank);
    if (block !== null) out.push(block);
  }
  return out;
}

const NON_BLANK = /\S/g;
function isBlankFrom(text: string, from: number): boolean {
  NON_BLANK.lastIndex = from;
  return !NON_BLANK.test(text);
}


export const sourceCode: Detector = {
  id: 'code.source_code',
  category: 'code',
  description: 'Pasted source code (language guess and size in the explanation); low severity on its own.',
  validation: `≥ ${MIN_CODE_LINES} code-like lines at ≥ ${MIN_CODE_DENSITY * 100} % density, or a fenced block`,
  severity: 'low',
  placeholder: null,
  detect: (input) => {
    const { text } = input;
    // Fewer than MIN_CODE_LINES lines: two native searches answer, no walk.
    const second = text.indexOf('\n', text.indexOf('\n') + 1);
    if (text.indexOf('\n') === -1 || second === -1) return [];
    const guesses: Guesses = { left: GUESS_BUDGET };
    // Fences are rare: only a text that has one pays for the line index they are matched on.
    if (!text.includes('```')) return heuristicBlocks(input, null, guesses, []);
    const { blocks, inside } = fencedBlocks(input, lineIndex(input), guesses);
    return heuristicBlocks(input, inside, guesses, blocks);
  },
};
