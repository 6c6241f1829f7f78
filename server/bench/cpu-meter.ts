/**
 * CPU time from /proc (Linux; NaN elsewhere), so a figure measured on a shared machine comes with
 * what else ran: the collector's own CPU per batch does not depend on how busy the machine is.
 */
import { readFileSync } from 'node:fs';

/** USER_HZ on every mainstream Linux. */
const CLOCK_TICKS_PER_S = 100;
const ticksToMs = (ticks: number) => (ticks * 1_000) / CLOCK_TICKS_PER_S;

/** utime + stime of a process, all its threads. */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ticksToMs(Number(fields[11]) + Number(fields[12]));
  } catch {
    return Number.NaN;
  }
}

/** Busy CPU time of the whole machine, all cores (the `cpu` line of /proc/stat). */
export function machineBusyMs(): number {
  try {
    const [user, nice, system, _idle, _iowait, irq, softirq, steal] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
      .trim().split(/\s+/u).slice(1).map(Number);
    return ticksToMs([user, nice, system, irq, softirq, steal].reduce<number>((a, b) => a + (b ?? 0), 0));
  } catch {
    return Number.NaN;
  }
}

export interface CpuSplit {
  /** CPU ms the collector used. */
  readonly collectorMs: number;
  /** CPU ms this benchmark process (the load generator) used. */
  readonly benchMs: number;
  /** Cores' worth of CPU everything else on the machine used meanwhile. */
  readonly otherCores: number;
}

/** Starts measuring; call the result to read the split since then. */
export function startCpuMeter(collectorPid: number): () => CpuSplit {
  const t0 = performance.now();
  const collector0 = processCpuMs(collectorPid);
  const bench0 = process.cpuUsage();
  const machine0 = machineBusyMs();
  return () => {
    const collectorMs = processCpuMs(collectorPid) - collector0;
    const bench = process.cpuUsage(bench0);
    const benchMs = (bench.user + bench.system) / 1_000;
    const otherMs = machineBusyMs() - machine0 - collectorMs - benchMs;
    return { collectorMs, benchMs, otherCores: Math.max(0, otherMs) / (performance.now() - t0) };
  };
}
