import type { Candidate, Detector } from '../../engine/types';
import { splitLines, trimLine, type Line } from '../../engine/lines';
import { isCodeLine } from './line-classifier';
import { guessLanguage } from './languages';

/**
 * Pasted source code. Developers paste code into assistants all day, so this is a `low` signal
 * that never flags alone (risk.ts caps low-only risk); policy can escalate it, and it raises the
 * weight of a proprietary header or a secret found in the same prompt only through their own
 * findings. Heuristic: a run of lines most of which look like code, or a fenced ``` block.
 */

/** Two or fewer code-looking lines are a command or an inline snippet, not a pasted file. */
const MIN_CODE_LINES = 3;
/** Share of non-blank lines in a run that must look like code (prose with one `if (` is not code). */
const MIN_CODE_DENSITY = 0.6;
/** A run survives this many consecutive prose lines (a comment line the classifier misses). */
const MAX_GAP_LINES = 1;
/** The engine keeps at most this many findings per detector anyway; stop scanning once reached. */
const MAX_BLOCKS = 500;

interface Block {
  first: Line;
  last: Line;
  codeLines: number;
  nonBlank: number;
}

function fencedBlocks(text: string, lines: readonly Line[]): { blocks: Candidate[]; inside: Set<number> } {
  const blocks: Candidate[] = [];
  const inside = new Set<number>();
  let open: { index: number; info: string } | null = null;
  lines.forEach((line, index) => {
    const t = trimLine(text, line);
    if (!text.startsWith('```', t.start)) return;
    if (open === null) {
      open = { index, info: text.slice(t.start + 3, t.end).trim().split(/\s/)[0] ?? '' };
      return;
    }
    const body = lines.slice(open.index + 1, index).filter((l) => trimLine(text, l).end > trimLine(text, l).start);
    const first = body[0];
    const last = body[body.length - 1];
    for (let k = open.index; k <= index; k++) inside.add(k);
    if (first !== undefined && last !== undefined) {
      const span = { start: trimLine(text, first).start, end: trimLine(text, last).end };
      const language = guessLanguage(text.slice(span.start, span.end), open.info || undefined);
      blocks.push({ ...span, rule: 'fenced-block', confidence: 0.95, note: `${language}, ${body.length} lines` });
    }
    open = null;
  });
  return { blocks, inside };
}

function heuristicBlocks(text: string, lines: readonly Line[], skip: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  let block: Block | null = null;
  let gap = 0;
  const close = (): void => {
    if (block !== null && block.codeLines >= MIN_CODE_LINES && block.codeLines / block.nonBlank >= MIN_CODE_DENSITY) {
      const span = { start: trimLine(text, block.first).start, end: trimLine(text, block.last).end };
      const density = block.codeLines / block.nonBlank;
      const language = guessLanguage(text.slice(span.start, span.end));
      out.push({ ...span, rule: 'line-heuristic', confidence: Math.min(0.9, 0.4 + density / 2), note: `${language}, ${block.codeLines} code lines` });
    }
    block = null;
    gap = 0;
  };
  lines.forEach((line, index) => {
    if (out.length >= MAX_BLOCKS) return;
    if (skip.has(index)) return close();
    const t = trimLine(text, line);
    if (t.end === t.start) return;
    const code = isCodeLine(text, t.start, t.end, t.start > line.start);
    if (code) {
      if (block === null) block = { first: line, last: line, codeLines: 0, nonBlank: 0 };
      block.last = line;
      block.codeLines++;
      block.nonBlank += gap + 1;
      gap = 0;
    } else if (block !== null && ++gap > MAX_GAP_LINES) close();
  });
  close();
  return out;
}

export const sourceCode: Detector = {
  id: 'code.source_code',
  category: 'code',
  description: 'Pasted source code (language guess and size in the explanation); low severity on its own.',
  validation: `≥ ${MIN_CODE_LINES} code-like lines at ≥ ${MIN_CODE_DENSITY * 100} % density, or a fenced block`,
  severity: 'low',
  placeholder: null,
  detect: ({ text }) => {
    const lines = splitLines(text);
    if (lines.length < MIN_CODE_LINES) return [];
    const { blocks, inside } = fencedBlocks(text, lines);
    return [...blocks, ...heuristicBlocks(text, lines, inside)];
  },
};
