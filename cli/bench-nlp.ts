/**
 * `npm run bench:nlp`: per-text cost of the NLP entity pass as the NLP worker runs it
 * (`runEntityPass`, after its one-off warm-up), for issue #4's targets: median ≤ 3 ms per 2 KB
 * text, never over 20 ms per text. Prints median, p99 and max per text, in this process's CPU
 * time and in wall-clock time, with the load average; the max is the figure the issue targets, so
 * GC pauses stay in it. `--gc` forces a full GC before each text (outside the timing; needs
 * `--expose-gc`) to show how much of the max is collection of garbage left by earlier texts.
 * `--runs N` texts per case (default 300), `--case <substring>` to run some cases only,
 * `--no-clock` without the budget's wall-clock limit (the work caps stay): on a loaded machine the
 * clock cuts the pass short, so this is how CPU cost of the whole budgeted work is measured.
 * `NLP_ROOT=<checkout>` measures another checkout's pass on the same texts (A/B runs).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { ADVERSARIAL, nameDenseRecord, ORDINARY_PROSE, TAGGER_HEAVY_RECORD } from '../shared/nlp/bench-texts';
import type * as EntityPass from '../shared/nlp/entity-pass';
import type * as ScanEntities from '../shared/nlp/scan-entities';
import { quantile, table } from './bench/stats';

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const RUNS = Number(arg('--runs') ?? 300);
const only = arg('--case');
const forceGc = process.argv.includes('--gc');
const noClock = process.argv.includes('--no-clock');
const gc = (globalThis as { gc?: () => void }).gc;
if (forceGc && !gc) throw new Error('--gc needs node --expose-gc (npx tsx --expose-gc cli/bench-nlp.ts --gc)');

const root = resolve(process.env.NLP_ROOT ?? resolve(import.meta.dirname, '..'));
const { runEntityPass, warmUpEntityPass } = (await import(`${root}/shared/nlp/entity-pass.ts`)) as typeof EntityPass;
const { DEFAULT_ENTITY_BUDGET } = (await import(`${root}/shared/nlp/scan-entities.ts`)) as typeof ScanEntities;
const budget = noClock ? { maxTaggedChars: DEFAULT_ENTITY_BUDGET.maxTaggedChars, gate: DEFAULT_ENTITY_BUDGET.gate } : DEFAULT_ENTITY_BUDGET;

const KB = 1024;
const spansOf = (text: string) =>
  [...text.slice(0, 64 * KB).matchAll(/[\w.]+@[\w.-]+\.(?:com|io)|\+44 20 7946 0958/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, severity: 'medium' as const }));

/** Name, and how to make the text for a seed; one fixed text is the same for every seed. */
const CASES: readonly (readonly [string, (seed: number) => string])[] = [
  ['1 byte', () => 'A'],
  ['2 KB ordinary prose', () => ORDINARY_PROSE],
  ['2 KB name-dense record', (seed) => nameDenseRecord(2 * KB, seed)],
  ['2 KB fixed record, tagger-heaviest', () => TAGGER_HEAVY_RECORD],
  ['100 KB name-dense record', (seed) => nameDenseRecord(100 * KB, seed)],
  ['1 MB name-dense record', (seed) => nameDenseRecord(KB * KB, seed)],
  ['5 MB name-dense record', (seed) => nameDenseRecord(5 * KB * KB, seed)],
  ...Object.entries(ADVERSARIAL).map(([name, make]) => [`64 KB adversarial: ${name}`, (seed: number) => make(64 * KB, seed)] as const),
];

const loadStarted = performance.now();
warmUpEntityPass();
const loadMs = performance.now() - loadStarted;

const fmt = (xs: readonly number[]) => [quantile(xs, 0.5), quantile(xs, 0.99), Math.max(...xs)].map((x) => x.toFixed(2));
const rows: string[][] = [['case (per text)', 'CPU median', 'p99', 'max', 'wall median', 'p99', 'max', 'stopped', 'skipped win.']];
for (const [name, make] of CASES) {
  if (only && !name.includes(only)) continue;
  // Distinct texts per case so that no cache sees the same input twice in a row (fixed texts excepted).
  const variants = Math.min(32, name.startsWith('5 MB') ? 4 : 32);
  const inputs = Array.from({ length: variants }, (_, i) => make(i + 1)).map((text) => ({ text, spans: spansOf(text), options: {} }));
  for (const input of inputs.slice(0, 4)) runEntityPass(input, budget); // this case's code paths, once
  const cpu: number[] = [];
  const wall: number[] = [];
  let stopped = 0;
  let skipped = 0;
  for (let i = 0; i < RUNS; i++) {
    const input = inputs[i % inputs.length]!;
    if (forceGc) gc!();
    const c = process.cpuUsage();
    const t = performance.now();
    const { work } = runEntityPass(input, budget);
    wall.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
    if (work?.stopped) stopped++;
    skipped += work?.skippedWindows ?? 0;
  }
  rows.push([name, ...fmt(cpu), ...fmt(wall), `${((100 * stopped) / RUNS).toFixed(0)} %`, (skipped / RUNS).toFixed(1)]);
}
console.log(`NLP entity pass (${root}), ${RUNS} texts per case${forceGc ? ', full GC before each text' : ''}${noClock ? ', no wall-clock limit' : ''}; one-off warm-up ${loadMs.toFixed(0)} ms (not per-text cost)`);
console.log(table(rows));
console.log(`ms per text; stopped = share of texts the budget clock ended early; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
