/**
 * A collector double for sync tests: speaks the wire protocol (enroll, events, idempotency by
 * uid), records every decompressed request body, and can be scripted to fail.
 */
import type { FetchLike } from './sync-types';

export type Fault =
  | { readonly status: number; readonly body?: unknown; readonly retryAfter?: string }
  | 'network' // the request never arrives
  | 'lost-response'; // stored, then the connection drops before the answer (worker evicted mid-send)

export interface FakeCollector {
  readonly fetch: FetchLike;
  readonly stored: Map<string, unknown>;
  /** Decompressed request bodies, enroll and events, in order. */
  readonly bodies: string[];
  readonly calls: string[];
  /** Faults for the next requests to `/v1/events`, consumed in order. */
  readonly faults: Fault[];
  /** Refuse (413) any batch with more events than this. */
  maxBatch: number;
  /** Reject events whose uid is listed. */
  readonly rejectUids: Set<string>;
  enrollStatus: number;
  deviceToken: string;
}

async function gunzip(body: Uint8Array): Promise<string> {
  const stream = new Blob([body as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

const reply = (status: number, body: unknown, retryAfter?: string) => ({
  status, headers: { get: (name: string) => (name.toLowerCase() === 'retry-after' ? retryAfter ?? null : null) }, json: async () => body,
});

export function fakeCollector(): FakeCollector {
  let tokens = 0;
  const c: FakeCollector = {
    stored: new Map(), bodies: [], calls: [], faults: [], maxBatch: Infinity, rejectUids: new Set(), enrollStatus: 200, deviceToken: '',
    fetch: async (url, init) => {
      const path = new URL(url).pathname;
      const text = typeof init.body === 'string' ? init.body : await gunzip(init.body);
      c.bodies.push(text);
      c.calls.push(path);
      if (path === '/v1/enroll') {
        if (c.enrollStatus !== 200) return reply(c.enrollStatus, { error: c.enrollStatus === 403 ? 'device_revoked' : 'unauthorized' });
        c.deviceToken = `sld_${++tokens}`;
        return reply(200, { deviceToken: c.deviceToken, hmacKey: 'tenant-key' });
      }
      const fault = c.faults.shift();
      if (fault === 'network') throw new TypeError('Failed to fetch');
      if (fault && fault !== 'lost-response') return reply(fault.status, fault.body ?? {}, fault.retryAfter);
      if (init.headers.authorization !== `Bearer ${c.deviceToken}`) return reply(401, { error: 'unauthorized' });
      const { events } = JSON.parse(text) as { events: { metadata: { uid: string } }[] };
      if (events.length > c.maxBatch) return reply(413, { error: 'payload_too_large' });
      let accepted = 0;
      const rejected: { index: number; reason: string }[] = [];
      events.forEach((event, index) => {
        const uid = event.metadata.uid;
        if (c.rejectUids.has(uid)) rejected.push({ index, reason: 'invalid' });
        else if (!c.stored.has(uid)) { c.stored.set(uid, event); accepted++; }
      });
      if (fault === 'lost-response') throw new TypeError('network error after the collector stored the batch');
      return reply(200, { accepted, duplicates: events.length - accepted - rejected.length, rejected });
    },
  };
  return c;
}
