/**
 * `npm run bench:collector`: load on a real collector process listening on 127.0.0.1.
 * Several clients (one enrolled device each) post gzip batches of 100 unique ~1.4 KB findings.
 *   1. throughput: as fast as they can for THROUGHPUT_S; target ≥ 10,000 events/s;
 *   2. latency: at half the target rate for LATENCY_S; target p99 ≤ 50 ms per batch.
 * The per-device rate limit is raised for the run: this measures HTTP + validation + SQLite,
 * not the limiter. Bodies are gzipped before the clock starts, so the client's CPU stays free.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import autocannon, { type Result } from 'autocannon';
import { buildPromptFinding } from '../../shared/events/ocsf/build-finding';
import { EXAMPLE_DEVICE, exampleFlaggedPrompt } from '../../shared/events/ocsf/examples';
import { startCollector } from '../test-support/collector-process';

const CLIENTS = 4;
const EVENTS_PER_BATCH = 100;
const THROUGHPUT_S = 8;
const LATENCY_S = 6;
const TARGET_EVENTS_PER_S = 10_000;
const TARGET_P99_MS = 50;
/** Unique bodies per client: enough for ~25,000 events/s over both phases. */
const BODIES_PER_CLIENT = Math.ceil((25_000 * (THROUGHPUT_S + LATENCY_S)) / EVENTS_PER_BATCH / CLIENTS);

const collector = await startCollector({
  env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', DEVICE_EVENTS_PER_SECOND: '10000000', DEVICE_BURST_EVENTS: '10000000' },
});
try {
  const enrollmentToken = await collector.createTenant('bench');
  const clients = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(enrollmentToken, `bench-device-${i}`)));
  const sample = JSON.stringify(buildPromptFinding(exampleFlaggedPrompt())).length;
  // Shared CI and dev machines skew every figure: print the load next to them.
  console.log(`collector ${collector.url}; ${CLIENTS} clients; ${EVENTS_PER_BATCH} events × ${sample} B per batch (gzip); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  const cpuBefore = collectorCpuMs();
  const throughput = await Promise.all(clients.map((c) => run(c, { duration: THROUGHPUT_S })));
  const eventsPerS = sum(throughput.map((r) => (r['2xx'] * EVENTS_PER_BATCH) / r.duration));
  report('throughput', throughput, `${Math.round(eventsPerS)} events/s (target ≥ ${TARGET_EVENTS_PER_S})`);
  const cpuPerBatch = (collectorCpuMs() - cpuBefore) / sum(throughput.map((r) => r['2xx']));
  // CPU time per batch does not depend on how busy the machine is: it bounds one free core.
  console.log(`collector CPU ${cpuPerBatch.toFixed(1)} ms per batch → ${Math.round((EVENTS_PER_BATCH * 1_000) / cpuPerBatch)} events/s per uncontended core`);

  const halfRatePerClient = TARGET_EVENTS_PER_S / 2 / EVENTS_PER_BATCH / CLIENTS;
  const latency = await Promise.all(clients.map((c) => run(c, { duration: LATENCY_S, overallRate: halfRatePerClient })));
  const p99 = Math.max(...latency.map((r) => r.latency.p99));
  report('latency at half load', latency, `p99 ${p99} ms per batch of ${EVENTS_PER_BATCH} (target ≤ ${TARGET_P99_MS})`);

  const failed = [...throughput, ...latency].some((r) => r.non2xx || r.errors || r.timeouts);
  const met = eventsPerS >= TARGET_EVENTS_PER_S && p99 <= TARGET_P99_MS && !failed;
  console.log(met ? 'targets met' : 'TARGETS MISSED');
  process.exitCode = met ? 0 : 1;
} finally {
  await collector.stop();
}

interface Client { readonly token: string; readonly bodies: Buffer[]; next: number }

async function client(enrollmentToken: string, installId: string): Promise<Client> {
  const res = await fetch(`${collector.url}/v1/enroll`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ enrollmentToken, installId, browser: 'chrome', extensionVersion: 'bench' }),
  });
  const { deviceToken } = (await res.json()) as { deviceToken: string };
  const template = JSON.stringify(buildPromptFinding(exampleFlaggedPrompt({ eventId: '@UID@', device: { ...EXAMPLE_DEVICE, installId } })));
  const bodies = Array.from({ length: BODIES_PER_CLIENT }, (_, b) => {
    const events = Array.from({ length: EVENTS_PER_BATCH }, (_, e) => template.replaceAll('@UID@', `${installId}-${b}-${e}`));
    return gzipSync(`{"events":[${events.join(',')}]}`);
  });
  return { token: deviceToken, bodies, next: 0 };
}

function run(c: Client, options: { duration: number; overallRate?: number }): Promise<Result> {
  return autocannon({
    url: collector.url, connections: 2, ...options,
    requests: [{
      method: 'POST', path: '/v1/events',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${c.token}` },
      setupRequest: (request) => ({ ...request, body: c.bodies[c.next++ % c.bodies.length] }),
    }],
  });
}

function report(phase: string, results: readonly Result[], headline: string): void {
  const requests = sum(results.map((r) => r['2xx']));
  const bad = sum(results.map((r) => r.non2xx + r.errors + r.timeouts));
  const p50 = Math.max(...results.map((r) => r.latency.p50));
  console.log(`${phase}: ${headline}; ${requests} batches ok, ${bad} failed; latency p50 ${p50} ms, p99 ${Math.max(...results.map((r) => r.latency.p99))} ms`);
}

/** utime + stime of the collector process, from /proc (Linux); NaN elsewhere. */
function collectorCpuMs(): number {
  try {
    const fields = readFileSync(`/proc/${collector.child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const CLOCK_TICKS_PER_S = 100; // USER_HZ on every mainstream Linux
    return ((Number(fields[11]) + Number(fields[12])) * 1_000) / CLOCK_TICKS_PER_S;
  } catch {
    return Number.NaN;
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
