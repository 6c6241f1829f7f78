import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** One corpus row (see ../shared/eval/README.md). */
export interface CorpusRow {
  readonly id: string;
  readonly text: string;
  readonly labels: readonly string[];
  readonly source: string;
  readonly spans?: ReadonlyArray<{ start: number; end: number; type?: string }>;
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** Streams a JSONL corpus; malformed lines are counted, not fatal. */
export async function* readCorpus(path: string, onBadLine: () => void): AsyncGenerator<CorpusRow> {
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === '') continue;
    try {
      const row = JSON.parse(line) as CorpusRow;
      if (typeof row.text === 'string' && Array.isArray(row.labels)) yield row;
      else onBadLine();
    } catch {
      onBadLine();
    }
  }
}

/**
 * The corpus gives Python code-point offsets; JS strings index UTF-16 code units. Returns a
 * converter for one text (identity when the text has no astral characters).
 */
export function codePointToUtf16(text: string): (codePointIndex: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (i) => i;
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    offsets.push(i);
    const c = text.codePointAt(i) ?? 0;
    i += c > 0xffff ? 2 : 1;
  }
  offsets.push(text.length);
  return (i) => offsets[i] ?? text.length;
}
