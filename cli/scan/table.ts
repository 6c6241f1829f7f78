import type { ScanResult } from '../../shared/engine';

/**
 * Human-readable report. Matched values are masked (first three characters and the length): a
 * terminal's scrollback and CI logs are exactly where a secret must not be copied to.
 */
export function mask(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return `${flat.slice(0, 3)}… (${value.length} chars)`;
}

function lineCol(text: string, index: number): string {
  let line = 1;
  let lastNl = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lastNl = i;
  }
  return `${line}:${index - lastNl}`;
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n');
}

export function formatTable(name: string, text: string, result: ScanResult): string {
  const { risk, flagged, stats, findings } = result;
  const header = `${name}: risk ${risk}/100${flagged ? ' FLAGGED' : ''} · ${findings.length} finding(s) · ${stats.chars} chars · ${stats.durationMs.toFixed(1)} ms${stats.truncated ? ' · TRUNCATED' : ''}`;
  const errors = stats.errors.map((e) => `  ! ${e}`);
  if (findings.length === 0) return [header, ...errors].join('\n');
  const rows = [
    ['TYPE', 'SEVERITY', 'CONF', 'AT', 'RULE', 'VALUE', 'WHY'],
    ...findings.map((f) => [
      f.type,
      f.severity,
      f.confidence.toFixed(2),
      lineCol(text, f.start),
      f.explanation.rule,
      mask(text.slice(f.start, f.end)),
      [f.explanation.note, ...f.explanation.context.map((c) => `${c.word} ${c.delta >= 0 ? '+' : ''}${c.delta}`)].filter(Boolean).join('; '),
    ]),
  ];
  return [header, pad(rows), ...errors].join('\n');
}
