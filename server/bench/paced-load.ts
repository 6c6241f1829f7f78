/**
 * Open-loop load at a fixed rate, for the latency target. Batches leave at evenly spaced times
 * whatever the answers do, and each latency is measured from the time the batch was due, not from
 * when it was sent: a stalled collector or a stalled load generator shows up in the figure instead
 * of silently lowering the rate ("coordinated omission", Gil Tene). autocannon's `overallRate`
 * cannot do this: it sends each second's quota back to back, then waits, so "half load" becomes
 * full-speed bursts.
 */
import { Agent, request } from 'node:http';
import type { BodySource } from './body-pool';

export interface PacedClient {
  readonly token: string;
  readonly source: BodySource;
}

export interface PacedResult {
  /** ms from due time to the end of the response, per successful batch. */
  latencies: number[];
  /** ms from due time to actual send: the load generator's own delay. */
  sendLags: number[];
  ok: number;
  failed: number;
}

export async function pacedLoad(url: string, clients: readonly PacedClient[], batchesPerS: number, durationS: number): Promise<PacedResult> {
  const { hostname, port } = new URL(url);
  const agents = clients.map(() => new Agent({ keepAlive: true, maxSockets: 4 }));
  const result: PacedResult = { latencies: [], sendLags: [], ok: 0, failed: 0 };
  const inFlight: Promise<void>[] = [];
  const interval = 1_000 / batchesPerS;
  const total = Math.round(batchesPerS * durationS);
  const t0 = performance.now() + 50;
  for (let i = 0; i < total; i++) {
    const due = t0 + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const c = i % clients.length;
    inFlight.push(send(hostname, Number(port), agents[c]!, clients[c]!, due, result));
  }
  await Promise.all(inFlight);
  for (const agent of agents) agent.destroy();
  return result;
}

function send(hostname: string, port: number, agent: Agent, client: PacedClient, due: number, result: PacedResult): Promise<void> {
  const body = client.source.next();
  result.sendLags.push(performance.now() - due);
  return new Promise((resolve) => {
    const req = request({
      hostname, port, agent, method: 'POST', path: '/v1/events',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length, authorization: `Bearer ${client.token}` },
    }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode === 200) {
          result.ok++;
          result.latencies.push(performance.now() - due);
        } else result.failed++;
        resolve();
      });
    });
    req.on('error', () => {
      result.failed++;
      resolve();
    });
    req.end(body);
  });
}
