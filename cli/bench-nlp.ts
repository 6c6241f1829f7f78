/**
 * `npm run bench:nlp`: per-text cost of the NLP entity pass as the NLP worker runs it
 * (`runEntityPass`, after its one-off warm-up), for issue #4's targets: median ≤ 3 ms per 2 KB
 * text, never over 20 ms per text whatever its size. For each kind of text it prints median, p99
 * and max per text of:
 *  - wall: what the issue targets; GC pauses stay in it, and so does time spent waiting for a core;
 *  - on core: wall less the time the thread sat in the run queue (Linux schedstat), i.e. what the
 *    text would take on an idle core of this machine; `-` where the kernel does not report it;
 *  - CPU: this process's CPU time, all threads (GC and compiler helpers run beside the pass);
 *  - the longest single step of a text (wall, p99 over texts and the max, named as in pass-clock.ts):
 *    the figure the budget's construction rests on, since the ceiling is the budget plus what runs
 *    once it has passed; on a loaded machine its max is mostly a step that lost its core.
 * `--gc` forces a full GC before each text (outside the timing; needs `--expose-gc`) to show how
 * much of the max is collection of garbage left by earlier texts. `--runs N` texts per case
 * (default 300), `--case <substring>` to run some cases only, `--no-clock` without the budget's
 * wall-clock limit (the work caps stay): on a loaded machine the clock cuts the pass short, so
 * this is how CPU cost of the whole budgeted work is measured. `NLP_ROOT=<checkout>` measures
 * another checkout's pass on the same texts (A/B runs; an older pass reports no step times).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { ADVERSARIAL, nameDenseRecord, ORDINARY_PROSE, TAGGER_HEAVY_RECORD } from '../shared/nlp/bench-texts';
import type * as EntityPass from '../shared/nlp/entity-pass';
import type { TimedStep } from '../shared/nlp/pass-clock';
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

/** Nanoseconds this thread has waited in the run queue (the second field of schedstat); null off Linux. */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
function queuedMs(): number | null {
  try {
    return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return null;
  }
}

const KB = 1024;
const MB = KB * KB;
const spansOf = (text: string) =>
  [...text.slice(0, 64 * KB).matchAll(/[\w.]+@[\w.-]+\.(?:com|io)|\+44 20 7946 0958/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, severity: 'medium' as const }));
const adversarial = (name: string, chars: number, label = `${chars >= MB ? `${chars / MB} MB` : `${chars / KB} KB`} adversarial: ${name}`) =>
  [label, (seed: number) => ADVERSARIAL[name]!(chars, seed)] as const;

/** Name, and how to make the text for a seed; one fixed text is the same for every seed. */
const CASES: readonly (readonly [string, (seed: number) => string])[] = [
  ['1 byte', () => 'A'],
  ['2 KB ordinary prose', () => ORDINARY_PROSE],
  ['2 KB name-dense record', (seed) => nameDenseRecord(2 * KB, seed)],
  ['2 KB fixed record, tagger-heaviest', () => TAGGER_HEAVY_RECORD],
  ['100 KB name-dense record', (seed) => nameDenseRecord(100 * KB, seed)],
  ['1 MB name-dense record', (seed) => nameDenseRecord(MB, seed)],
  ['5 MB name-dense record', (seed) => nameDenseRecord(5 * MB, seed)],
  ...Object.keys(ADVERSARIAL).map((name) => adversarial(name, 64 * KB)),
  adversarial('all cue words', 100 * KB),
  adversarial('all cue words', MB),
  adversarial('capitalised words', MB),
  adversarial('one huge line', MB),
  adversarial('no spaces', MB),
];

const loadStarted = performance.now();
warmUpEntityPass();
const loadMs = performance.now() - loadStarted;
const queueKnown = queuedMs() !== null;

const fmt = (xs: readonly number[]) => (xs.length === 0 ? ['-', '-', '-'] : [quantile(xs, 0.5), quantile(xs, 0.99), Math.max(...xs)].map((x) => x.toFixed(2)));
const rows: string[][] = [['case (per text)', 'wall median', 'p99', 'max', 'on core med.', 'p99', 'max', 'CPU median', 'p99', 'max', 'longest step p99 / max', 'stopped']];
for (const [name, make] of CASES) {
  if (only && !name.includes(only)) continue;
  // Distinct texts per case so that no cache sees the same input twice in a row (fixed texts excepted).
  const variants = name.startsWith('5 MB') ? 4 : 32;
  const inputs = Array.from({ length: variants }, (_, i) => make(i + 1)).map((text) => ({ text, spans: spansOf(text), options: {} }));
  for (const input of inputs.slice(0, 4)) runEntityPass(input, budget); // this case's code paths, once
  const wall: number[] = [];
  const onCore: number[] = [];
  const cpu: number[] = [];
  /** Per text, its longest step; and the longest of all, with its name. */
  const longestPerText: number[] = [];
  let longest = { step: '-' as TimedStep | '-', ms: 0 };
  let stopped = 0;
  for (let i = 0; i < RUNS; i++) {
    const input = inputs[i % inputs.length]!;
    if (forceGc) gc!();
    // The queue readings sit inside an outer interval, so no wait is counted that the interval does not hold.
    const outer = performance.now();
    const q = queuedMs();
    const c = process.cpuUsage();
    const t = performance.now();
    let textLongest = 0;
    const { work } = runEntityPass(input, budget, {
      observe: (step, ms) => {
        textLongest = Math.max(textLongest, ms);
        if (ms > longest.ms) longest = { step, ms };
      },
    });
    if (longest.step !== '-') longestPerText.push(textLongest);
    const ms = performance.now() - t;
    const u = process.cpuUsage(c);
    const queued = q === null ? null : queuedMs()! - q;
    wall.push(ms);
    cpu.push((u.user + u.system) / 1000);
    if (queued !== null) onCore.push(Math.min(ms, performance.now() - outer - queued));
    if (work?.stopped) stopped++;
  }
  rows.push([name, ...fmt(wall), ...fmt(onCore), ...fmt(cpu), longest.step === '-' ? '-' : `${quantile(longestPerText, 0.99).toFixed(2)} / ${longest.ms.toFixed(2)} ${longest.step}`, `${((100 * stopped) / RUNS).toFixed(0)} %`]);
}
console.log(`NLP entity pass (${root}), ${RUNS} texts per case${forceGc ? ', full GC before each text' : ''}${noClock ? ', no wall-clock limit' : ''}; one-off warm-up ${loadMs.toFixed(0)} ms (not per-text cost)`);
console.log(table(rows));
console.log(
  `ms per text; on core = wall less time queued for a core${queueKnown ? '' : ' (not reported here)'}; CPU = process, all threads; ` +
    `stopped = share of texts the budget clock ended early; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`,
);
