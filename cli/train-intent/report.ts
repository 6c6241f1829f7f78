import type { RowLabel } from './corpus';

/**
 * One row's out-of-fold outcome for each system: `heuristics` is the whole engine with the rules
 * only, `model` the model alone, `combined` the whole engine with rules and model (the figure
 * `npm run eval` reports for the shipped build). For an attack, true = flagged with an intent
 * finding; for a benign prompt, true = any intent finding.
 */
export interface Outcome {
  readonly label: RowLabel;
  readonly source: string;
  readonly trainable: boolean;
  readonly hiddenContextOnly: boolean;
  readonly heuristics: boolean;
  readonly model: boolean;
  readonly combined: boolean;
}

const SYSTEMS = ['heuristics', 'model', 'combined'] as const;

function pct(n: number, d: number): string {
  return d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function line(name: string, rows: readonly Outcome[], note = ''): string {
  const cells = SYSTEMS.map((s) => pct(rows.filter((r) => r[s]).length, rows.length));
  return `| ${name.padEnd(46)} | ${String(rows.length).padStart(5)} | ${cells.join(' | ')} |${note}`;
}

function header(what: string): string[] {
  return [`| ${what.padEnd(46)} |     n | heur.  | model  | comb.  |`, `|${'-'.repeat(48)}|------:|-------:|-------:|-------:|`];
}

function group(rows: readonly Outcome[], key: (r: Outcome) => string): [string, Outcome[]][] {
  const m = new Map<string, Outcome[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return [...m].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
}

/** Markdown tables: recall per label and per source, benign flag rate per source. */
export function renderReport(title: string, rows: readonly Outcome[]): string {
  const attacks = rows.filter((r) => r.label !== 'benign');
  const benign = rows.filter((r) => r.label === 'benign');
  const tag = (r: Outcome): string => (r.trainable ? '' : ' (eval-only)');
  const out = [`### ${title}`, '', 'Recall (share of attack prompts flagged with an intent finding, as `npm run eval` counts):', '', ...header('label')];
  for (const [label, rs] of group(attacks, (r) => r.label)) out.push(line(label, rs));
  out.push(line('all attacks', attacks), line('all attacks, trainable sources only', attacks.filter((r) => r.trainable)));
  out.push(line('all attacks, without hidden-context-only rows', attacks.filter((r) => !r.hiddenContextOnly)), line('hidden-context-only rows (corpus.ts)', attacks.filter((r) => r.hiddenContextOnly)));
  out.push('', ...header('attack source'));
  for (const [source, rs] of group(attacks, (r) => r.source + tag(r))) out.push(line(source, rs));
  out.push('', 'Benign prompts with an intent finding (false-positive rate):', '', ...header('benign source'));
  for (const [source, rs] of group(benign, (r) => r.source + tag(r))) out.push(line(source, rs));
  out.push(line('all benign', benign), line('all benign, trainable sources only', benign.filter((r) => r.trainable)), '');
  return out.join('\n');
}
