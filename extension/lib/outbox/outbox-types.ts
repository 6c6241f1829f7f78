/**
 * What the outbox keeps in IndexedDB. Events are stored serialised, exactly as they will be sent:
 * the size is known without re-serialising and a batch is a string join.
 *
 * Example `outbox` row (body shortened; metadata mode, so no prompt text):
 *   { seq: 118, uid: '0b7e9c1a-…', priority: 5, bytes: 1043, enqueuedAt: 1795809438991,
 *     body: '{"class_uid":2006,"finding_info":{"uid":"0b7e9c1a-…",…},"unmapped":{"sightline":{…}}}' }
 */

export interface OutboxRow {
  /** Auto-increment key: send order. Absent until stored. */
  readonly seq?: number;
  /** The collector's idempotency key; unique in the store. */
  readonly uid: string;
  /** OCSF `severity_id` (1–6): the lowest goes first when the queue is full. */
  readonly priority: number;
  /** UTF-8 length of `body`. */
  readonly bytes: number;
  readonly body: string;
  readonly enqueuedAt: number;
}

/** An event the collector refused; kept for support, reported as a count. */
export interface DeadLetterRow {
  readonly uid: string;
  readonly body: string;
  /** `invalid`, `too_large`, `device_mismatch`, `http_404` … never event content. */
  readonly reason: string;
  readonly at: number;
}

/** Loss counters, reset when reported in a health record (same transaction). */
export interface OutboxCounters {
  readonly key: 'counters';
  /** Events dropped because the queue was full, by OCSF severity_id. */
  readonly dropped: Readonly<Record<string, number>>;
  /** Events moved to the dead-letter store. */
  readonly deadLettered: number;
}
