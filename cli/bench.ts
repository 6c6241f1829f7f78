/**
 * `npm run bench`: latency and throughput of the engine on the fixed benchmark set (bench/fixtures),
 * for the full registry and the content script's fast tier. Prints medians, p99 and MB/s.
 * Run with `--quick` for fewer repetitions, `--tier fast|full` for one tier.
 */
import { createScanner, type Detector, type Scan } from '../shared/engine';
import { registry } from '../shared/detectors/registry';
import { fastRegistry } from '../shared/detectors/fast-registry';
import { resolveOptions } from '../shared/engine/options';
import { makeAdversarial, makeMixedText, makePrompts } from './bench/fixtures';
import { mbPerSecond, median, quantile, table, time } from './bench/stats';

const KB = 1024;
const MB = 1024 * KB;
const quick = process.argv.includes('--quick');
const tierArg = process.argv.includes('--tier') ? process.argv[process.argv.indexOf('--tier') + 1] : undefined;
const f = (n: number, digits = 2): string => n.toFixed(digits);

function benchTier(name: string, detectors: Readonly<Record<string, Detector>>): void {
  const scan: Scan = createScanner(detectors);
  const prompts = makePrompts(Object.values(registry));
  const text100k = makeMixedText(100 * KB);
  const text1m = makeMixedText(MB);
  for (const p of prompts.slice(0, 50)) scan(p); // warm-up: JIT and lazy NLP init
  const runs = quick ? 2 : 5;

  const promptTimes = prompts.map((p) => time(() => scan(p), 1)[0]!);
  const promptTotal = promptTimes.reduce((a, b) => a + b, 0);
  const t100k = time(() => scan(text100k), runs * 2);
  const t1m = time(() => scan(text1m), runs);
  const tenX100k = median(time(() => { for (let i = 0; i < 10; i++) scan(text100k); }, runs));

  const rows: string[][] = [
    ['input', 'median ms', 'p99 ms', 'MB/s'],
    [`1,000 prompts × 1 KB`, f(median(promptTimes), 3), f(quantile(promptTimes, 0.99), 3), f(mbPerSecond(prompts.join('').length, promptTotal), 1)],
    ['100 KB mixed prose+code', f(median(t100k)), f(quantile(t100k, 0.99)), f(mbPerSecond(text100k.length, median(t100k)), 1)],
    ['1 MB mixed prose+code', f(median(t1m)), f(quantile(t1m, 0.99)), f(mbPerSecond(text1m.length, median(t1m)), 1)],
  ];
  const base = median(t100k);
  for (const [label, text] of Object.entries(makeAdversarial(100 * KB))) {
    const t = time(() => scan(text), runs);
    rows.push([`adversarial 100 KB: ${label}`, f(median(t)), f(quantile(t, 0.99)), `${f(mbPerSecond(text.length, median(t)), 1)} (${f(median(t) / base)}× normal)`]);
  }

  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const kept = scan(text1m);
  // Without a GC during the scan this is everything allocated: an upper bound on the peak.
  const heapGrowth = (process.memoryUsage().heapUsed - heapBefore) / (text1m.length * 2);
  const engineOnly = median(time(() => createScanner({})(text1m), runs));
  process.stdout.write(`\n## ${name} (${Object.keys(detectors).length} detectors)\n\n${table(rows)}\n\n`);
  process.stdout.write(`linearity: 1 MB = ${f(median(t1m) / tenX100k)}× ten 100 KB scans (target ≤ 1.2)\n`);
  process.stdout.write(
    gc === undefined
      ? 'memory: n/a (run with node --expose-gc)\n'
      : `memory: allocated during one 1 MB scan ≈ ${f(heapGrowth, 1)}× the input's UTF-16 size (upper bound on peak); ${kept.findings.length} findings\n`,
  );
  process.stdout.write(`engine alone (normalise, joins, resolve, risk, redact; no detectors) on 1 MB: ${f(engineOnly)} ms = ${f(mbPerSecond(text1m.length, engineOnly), 1)} MB/s\n`);
  process.stdout.write(`slowest detectors on 1 MB: ${slowest(detectors, text1m)}\n`);
}

function slowest(detectors: Readonly<Record<string, Detector>>, text: string): string {
  const input = { text, lower: text.toLowerCase(), options: resolveOptions({}) };
  return Object.values(detectors)
    .map((d) => [d.id, median(time(() => d.detect(input), quick ? 1 : 3))] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([id, ms]) => `${id} ${f(ms, 1)} ms`)
    .join(', ');
}

if (tierArg !== 'full') benchTier('fast tier (content script)', fastRegistry);
if (tierArg !== 'fast') benchTier('full registry (background, CLI)', registry);
