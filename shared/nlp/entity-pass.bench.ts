import { loadavg } from 'node:os';
import { bench, describe } from 'vitest';
import { runEntityPass, warmUpEntityPass } from './entity-pass';

/**
 * Per-text cost of the NLP host's pass (issue #4: median ≤ 3 ms per 2 KB, never over 20 ms per
 * text). The one-off load (module, gazetteer, tagger model, JIT warm-up) happens once, before
 * the clock, as in the worker, and is printed apart. Texts are generated from made-up names so
 * that each call sees a different text; 100 KB and 200 KB texts are sent as their first 64 KB, as
 * the extension does. Besides vitest's table, each case prints median, p99 and max per text, in
 * wall-clock and in this process's CPU time, with the load average: on a shared machine the
 * wall-clock maxima are mostly time spent waiting for a core.
 * Run: `npx vitest bench --run shared/nlp`.
 */
const GIVEN = ['Maria', 'Ilse', 'Tobiah', 'Anouk', 'Chidi', 'Dagny', 'Eero', 'Fenna', 'Gideon', 'Hana', 'Kasimir', 'Lorna', 'Nnamdi', 'Orla', 'Radek', 'Solveig', 'Tamsin', 'Vesna'];
const SURNAMES = ['Gonzalez', 'Varga', 'Kern', 'Okafor', 'Lindqvist', 'Haverkamp', 'Moreau', 'Szabo', 'Brannigan', 'Quist', 'Nakashima', 'Ferreira', 'Wojcik', 'Tremblay'];
const FIRMS = ['Northwind Logistics GmbH', 'Bellhaven Analytics Ltd', 'Corvane Systems Inc', 'Stillmoor Partners', 'Quayside Health'];
const PLACES = ['Oslo', 'Leeds', 'Porto', 'Ghent', 'Tartu', 'Lyon', 'Graz'];

/** Deterministic pseudo-random choice, so every run benches the same texts. */
function chooser(seed: number): <T>(xs: readonly T[]) => T {
  let s = seed;
  return (xs) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return xs[s % xs.length]!;
  };
}

/** A name-dense record: names, e-mail addresses, a firm and places in every sentence. */
function record(chars: number, seed: number): string {
  const pick = chooser(seed);
  const name = () => `${pick(GIVEN)} ${pick(SURNAMES)}`;
  const clauses = [
    () => `Can you draft a reply to ${name()} (${pick(GIVEN).toLowerCase()}.g@northwind-mail.com) about her card ending 6546? `,
    () => `Her file: DOB 03/14/1962, lives at 221B Baker Street, ${pick(PLACES)} NW1 6XE. She works at ${pick(FIRMS)}. `,
    () => `Customer ${name()} met ${pick(SURNAMES)} near ${pick(PLACES)}. `,
    () => `Patient ${name()} was referred by Dr. ${pick(SURNAMES)} at ${pick(FIRMS)}; ${pick(SURNAMES)} agreed. `,
  ];
  let text = '';
  while (text.length < chars) text += pick(clauses)();
  return text.slice(0, Math.min(chars, 64 * 1024));
}

const PROSE =
  'Please rewrite the following paragraph so that it reads more naturally and keeps the technical meaning. ' +
  'The service retries failed requests three times with exponential backoff, then surfaces an error to the ' +
  'caller. We measured a median latency of 41 ms in the March release. ';
/**
 * The record issue #4's first figures were measured on, repeated: its unknown words sit next to
 * an e-mail address and a phone number, so it opens more tagger windows than the budget holds.
 */
const FIXED_RECORD =
  'Can you draft a reply to Maria Gonzalez (maria.g@northwind-mail.com, +44 20 7946 0958) about her card ending 6546? ' +
  'Her file: DOB 03/14/1962, lives at 221B Baker Street, London NW1 6XE. She works at Northwind Logistics GmbH. ' +
  'Customer Ilse Varga met Tobiah Kern near Oslo. ';
const spansOf = (text: string) =>
  [...text.matchAll(/[\w.]+@[\w.-]+\.com|\+44 20 7946 0958/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, severity: 'medium' as const }));

const loadStarted = performance.now();
warmUpEntityPass();
const loadMs = performance.now() - loadStarted;

const quantile = (xs: readonly number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const CASES: readonly (readonly [string, (seed: number) => string])[] = [
  ['2 KB name-dense record', (seed) => record(2048, seed)],
  ['2 KB fixed record, tagger-heavy', () => FIXED_RECORD.repeat(9).slice(0, 2048)],
  ['2 KB ordinary prose', () => PROSE.repeat(10).slice(0, 2048)],
  ['100 KB name-dense record', (seed) => record(100 * 1024, seed)],
  ['200 KB name-dense record', (seed) => record(200_000, seed)],
];
/** Enough texts per case for a p99 (vitest's default half-second gives a loaded box ~20). */
const ITERATIONS = 300;

describe('NLP entity pass, per text', () => {
  const lines: string[] = [`warm-up (gazetteer, tagger model, JIT; not per-text cost): ${loadMs.toFixed(0)} ms`];
  for (const [name, make] of CASES) {
    const inputs = Array.from({ length: 32 }, (_, seed) => make(seed + 1)).map((text) => ({ text, spans: spansOf(text) }));
    const ms: number[] = [];
    const cpuMs: number[] = [];
    let next = 0;
    bench(name, () => {
      const input = inputs[next++ % inputs.length]!;
      const cpu = process.cpuUsage();
      const started = performance.now();
      runEntityPass({ ...input, options: {} });
      ms.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      cpuMs.push((used.user + used.system) / 1000);
    }, {
      iterations: ITERATIONS,
      time: 0,
      // vitest prints no hook output in bench mode, so each case reports itself when its run ends.
      setup: () => void (ms.length = cpuMs.length = 0),
      teardown: (_task, mode) => {
        if (mode !== 'run') return;
        const load = loadavg().map((x) => x.toFixed(2)).join(' ');
        const stats = (xs: readonly number[]) => `median ${quantile(xs, 0.5).toFixed(2)}, p99 ${quantile(xs, 0.99).toFixed(2)}, max ${Math.max(...xs).toFixed(2)} ms`;
        process.stderr.write(
          `${lines.splice(0).map((l) => `${l}\n`).join('')}${name}, per text: wall ${stats(ms)}; CPU ${stats(cpuMs)} ` +
            `(${ms.length} texts; load average ${load})\n`,
        );
      },
    });
  }
});
