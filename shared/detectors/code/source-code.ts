import type { Candidate, Detector, DetectorInput } from '../../engine/types';
import { lineIndex, type LineIndex } from '../../engine/text-index';
import { isCodeLine, lineShapes } from './line-classifier';
import { guessLanguage } from './languages';

/**
 * Pasted source code. Developers paste code into assistants all day, so this is a `low` signal
 * that never flags alone (risk.ts caps low-only risk); policy can escalate it, and it raises the
 * weight of a proprietary header or a secret found in the same prompt only through their own
 * findings. Heuristic: a run of lines most of which look like code, or a fenced ``` block.
 *
 * It reads every line of every prompt, so it walks the shared line index (engine/text-index)
 * with plain integers: no per-line objects, no closures.
 */

/** Two or fewer code-looking lines are a command or an inline snippet, not a pasted file. */
const MIN_CODE_LINES = 3;
/** Share of non-blank lines in a run that must look like code (prose with one `if (` is not code). */
const MIN_CODE_DENSITY = 0.6;
/** A run survives this many consecutive prose lines (a comment line the classifier misses). */
const MAX_GAP_LINES = 1;
/** The engine keeps at most this many findings per detector anyway; stop scanning once reached. */
const MAX_BLOCKS = 500;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b;

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

/** Fenced ``` blocks, and the lines they cover (fences included) so the heuristic skips them. */
function fencedBlocks(input: DetectorInput, lines: LineIndex): { blocks: Candidate[]; inside: Uint8Array | null } {
  const { text } = input;
  const blocks: Candidate[] = [];
  if (!text.includes('```')) return { blocks, inside: null };
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
      const language = guessLanguage(text, input.lower, span.start, span.end, info || undefined);
      blocks.push({ ...span, rule: 'fenced-block', confidence: 0.95, note: `${language}, ${body} lines` });
    }
    open = -1;
  }
  return { blocks, inside };
}

/** The run of lines `first..last` as a block, if it has enough code lines, dense enough. */
function runBlock(input: DetectorInput, lines: LineIndex, first: number, last: number, codeLines: number, nonBlank: number): Candidate | null {
  const density = codeLines / nonBlank;
  if (codeLines < MIN_CODE_LINES || density < MIN_CODE_DENSITY) return null;
  const start = trimmedStart(input.text, lines, first);
  const end = trimmedEnd(input.text, lines, last);
  const language = guessLanguage(input.text, input.lower, start, end);
  return { start, end, rule: 'line-heuristic', confidence: Math.min(0.9, 0.4 + density / 2), note: `${language}, ${codeLines} code lines` };
}

/**
 * Runs of code-looking lines outside fenced blocks. The run's state lives in plain locals (a
 * closure over them would keep them in a heap context, read and written on every line).
 */
function heuristicBlocks(input: DetectorInput, lines: LineIndex, skip: Uint8Array | null): Candidate[] {
  const { text } = input;
  const out: Candidate[] = [];
  // The open run: first and last code line, code lines, non-blank lines; `first === -1` when none.
  let first = -1;
  let last = -1;
  let codeLines = 0;
  let nonBlank = 0;
  let gap = 0;
  const shapes = lineShapes(text);
  for (let i = 0; i < lines.count && out.length < MAX_BLOCKS; i++) {
    const skipped = skip !== null && skip[i] === 1;
    let ts = 0;
    let te = 0;
    if (!skipped) {
      ts = trimmedStart(text, lines, i);
      te = trimmedEnd(text, lines, i, ts);
      if (te === ts) continue;
      if (isCodeLine(shapes, ts, te, ts > lines.starts[i]!)) {
        if (first === -1) {
          first = i;
          codeLines = 0;
          nonBlank = 0;
        }
        last = i;
        codeLines++;
        nonBlank += gap + 1;
        gap = 0;
        continue;
      }
      if (first === -1 || ++gap <= MAX_GAP_LINES) continue;
    }
    // A fenced line, or one prose line too many: the run ends.
    if (first !== -1) {
      const block = runBlock(input, lines, first, last, codeLines, nonBlank);
      if (block !== null) out.push(block);
    }
    first = -1;
    gap = 0;
  }
  if (first !== -1) {
    const block = runBlock(input, lines, first, last, codeLines, nonBlank);
    if (block !== null) out.push(block);
  }
  return out;
}

export const sourceCode: Detector = {
  id: 'code.source_code',
  category: 'code',
  description: 'Pasted source code (language guess and size in the explanation); low severity on its own.',
  validation: `≥ ${MIN_CODE_LINES} code-like lines at ≥ ${MIN_CODE_DENSITY * 100} % density, or a fenced block`,
  severity: 'low',
  placeholder: null,
  detect: (input) => {
    const lines = lineIndex(input);
    if (lines.count < MIN_CODE_LINES) return [];
    const { blocks, inside } = fencedBlocks(input, lines);
    return [...blocks, ...heuristicBlocks(input, lines, inside)];
  },
};
