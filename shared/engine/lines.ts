/** A line of a text: `[start, end)` excludes the line break. */
export interface Line {
  readonly start: number;
  readonly end: number;
}

/** Splits on `\n` (a preceding `\r` is excluded from the line). One pass, no regex. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    lines.push({ start, end: nl > start && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl });
    start = nl + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** The line without leading and trailing whitespace, as a span. */
export function trimLine(text: string, line: Line): Line {
  let { start, end } = line;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b;
