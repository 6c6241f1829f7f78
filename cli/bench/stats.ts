export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Runs `fn` `runs` times and returns the durations in ms. */
export function time(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export const mbPerSecond = (chars: number, ms: number): number => chars / 1024 / 1024 / (ms / 1000);

export function table(rows: ReadonlyArray<readonly string[]>): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

/** One measurement: wall-clock and this process's CPU time, both in ms. */
export interface Sample {
  readonly wall: number;
  readonly cpu: number;
}

/**
 * Runs `fn` `runs` times and returns wall-clock and CPU time of each run. On a shared machine the
 * wall clock also counts time other processes held the CPU; CPU time does not (it does count this
 * process's GC and compiler threads), so the bench prints both.
 */
export function sample(fn: () => void, runs: number): Sample[] {
  const out: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    const wall = performance.now() - t;
    const u = process.cpuUsage(c);
    out.push({ wall, cpu: (u.user + u.system) / 1000 });
  }
  return out;
}

/** `sample` after one untimed call, so the figures describe the steady state of that input. */
export function warmSample(fn: () => void, runs: number): Sample[] {
  fn();
  return sample(fn, runs);
}

/**
 * Samples two functions alternately, after one untimed call of each, so both see the same machine:
 * on a shared host the speed drifts within seconds, and a ratio of two inputs measured one after
 * the other would mostly measure that drift.
 */
export function pairedSample(a: () => void, b: () => void, runs: number): { readonly a: Sample[]; readonly b: Sample[] } {
  a();
  b();
  const out = { a: [] as Sample[], b: [] as Sample[] };
  for (let i = 0; i < runs; i++) {
    out.a.push(...sample(a, 1));
    out.b.push(...sample(b, 1));
  }
  return out;
}

export const walls = (xs: readonly Sample[]): number[] => xs.map((x) => x.wall);
export const cpus = (xs: readonly Sample[]): number[] => xs.map((x) => x.cpu);
