/**
 * Per-event checks: the open OCSF schema (types and requirements; unknown attributes kept), the
 * size cap, and that the event is about the device that sent it. Invalid events are reported by
 * index and never stored; the rest of the batch is.
 *
 * Each event is parsed once (with the batch) and validated once, by a validator compiled at start
 * for its class. What is stored is the event's own text from the request (`event-spans.ts`), not a
 * re-serialisation, unless that text repeats a key.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { idempotencyKey, sightlineSchemasByClass } from '../../shared/events/ocsf/schema';
import { MAX_EVENT_BYTES } from '../../shared/sync/limits';
import type { RejectedEvent } from '../../shared/sync/protocol';
import type { StoredEventInput } from '../storage/storage';
import { eventSpans, keyCount, type EventSpan } from './event-spans';

interface KeyedEvent {
  class_uid: number;
  time: number;
  metadata: { uid: string };
  finding_info?: { uid: string };
  device: { uid: string };
}

const ajv = new Ajv({ allErrors: false, strict: false });
/** One compiled validator per class: dispatching on `class_uid` here is cheaper than `if`/`then` in the schema. */
const validators = new Map<unknown, ValidateFunction<KeyedEvent>>(
  [...sightlineSchemasByClass({ closed: false })].map(([classUid, schema]) => [classUid, ajv.compile<KeyedEvent>(schema)]),
);

/** A UTF-16 unit is at most 3 UTF-8 bytes: shorter texts need no byte count. */
const UTF8_BYTES_PER_UNIT_MAX = 3;

export interface ValidatedBatch {
  readonly valid: StoredEventInput[];
  readonly rejected: RejectedEvent[];
}

/** `text`: the request body the events were parsed from, when the caller has it. */
export function validateEvents(events: readonly unknown[], installId: string, text?: string): ValidatedBatch {
  const valid: StoredEventInput[] = [];
  const rejected: RejectedEvent[] = [];
  const spans = text === undefined ? undefined : eventSpans(text);
  const raw = spans?.length === events.length ? spans : undefined;
  events.forEach((event, index) => {
    const validate = validators.get((event as { class_uid?: unknown } | null)?.class_uid);
    if (!validate?.(event)) {
      const first = validate ? validate.errors?.[0] : { instancePath: '/class_uid', keyword: 'enum' };
      rejected.push({ index, reason: 'invalid', ...(first ? { detail: `${first.instancePath || '/'} ${first.keyword}` } : {}) });
      return;
    }
    if (event.device.uid !== installId) {
      rejected.push({ index, reason: 'device_mismatch' });
      return;
    }
    const body = bodyOf(event, raw?.[index], text);
    if (body.length * UTF8_BYTES_PER_UNIT_MAX > MAX_EVENT_BYTES && Buffer.byteLength(body, 'utf8') > MAX_EVENT_BYTES) {
      rejected.push({ index, reason: 'too_large' });
      return;
    }
    valid.push({ uid: idempotencyKey(event), classUid: event.class_uid, time: event.time, body });
  });
  return { valid, rejected };
}

function bodyOf(event: unknown, span: EventSpan | undefined, text: string | undefined): string {
  return span && text !== undefined && span.members === keyCount(event) ? text.slice(span.start, span.end) : JSON.stringify(event);
}
