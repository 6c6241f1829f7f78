/**
 * Request bodies for the load benchmark, built and gzipped before any clock starts so the load
 * generator's CPU stays free. Every event is unique: a replayed uid is a cheap duplicate, and
 * counting it as ingest would flatter the collector. A client that runs out fails the run rather
 * than reuse a body.
 */
import { gzipSync } from 'node:zlib';
import { buildPromptFinding } from '../../shared/events/ocsf/build-finding';
import { EXAMPLE_DEVICE, exampleFlaggedPrompt } from '../../shared/events/ocsf/examples';

export interface BodyPool {
  readonly installId: string;
  readonly bodies: readonly Buffer[];
}

export interface BodySource {
  readonly installId: string;
  /** Bodies handed out so far (sent, or about to be). */
  taken: number;
  next(): Buffer;
}

/** One flagged finding as the extension builds it (metadata privacy mode), uid and time templated. */
export function eventTemplate(installId: string): string {
  const event = buildPromptFinding(exampleFlaggedPrompt({ eventId: '@UID@', time: 1_795_809_438_991, device: { ...EXAMPLE_DEVICE, installId } }));
  return JSON.stringify(event).replaceAll('1795809438991', '@TIME@');
}

export function buildPool(installId: string, batches: number, eventsPerBatch: number): BodyPool {
  const template = eventTemplate(installId);
  const bodies = Array.from({ length: batches }, (_, b) => {
    const events = Array.from({ length: eventsPerBatch }, (_, e) =>
      template.replaceAll('@UID@', `${installId}-${b}-${e}`).replaceAll('@TIME@', String(1_795_809_438_991 + b * eventsPerBatch + e)));
    return gzipSync(`{"events":[${events.join(',')}]}`);
  });
  return { installId, bodies };
}

/** A fresh cursor over a pool: each run stores into a fresh database, so the pool is reused per run. */
export function bodySource(pool: BodyPool): BodySource {
  const source: BodySource = {
    installId: pool.installId,
    taken: 0,
    next() {
      const body = pool.bodies[source.taken];
      if (!body) throw new Error(`body pool of ${pool.installId} exhausted after ${source.taken} batches: raise POOL_EVENTS_PER_S`);
      source.taken++;
      return body;
    },
  };
  return source;
}
