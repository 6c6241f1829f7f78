/**
 * Limits both ends of the wire agree on. The client stays well inside what the collector accepts,
 * so a 413 only happens when an administrator lowers the collector's limits.
 */

/** Collector: events per batch. 500 × the 64 KiB event cap would still exceed the body cap, so both apply. */
export const MAX_BATCH_EVENTS = 500;
/** Collector: request body after decompression. A gzip bomb stops inflating here. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Collector: one serialised event. The builder's text caps keep findings far below it. */
export const MAX_EVENT_BYTES = 64 * 1024;

/** Client: events per batch. 100 events of ~1 KB gzip to ~10–20 KB, one round trip each. */
export const CLIENT_BATCH_EVENTS = 100;
/** Client: uncompressed bytes per batch. */
export const CLIENT_BATCH_BYTES = 512 * 1024;

/**
 * Collector: default per-device rate, events per second, and the burst a device may spend at once.
 * A device draining a 50,000-event backlog at 100 events per round trip needs a few hundred per
 * second; 1,000/s with a 10,000 burst never slows that and still stops a runaway client.
 */
export const DEFAULT_DEVICE_EVENTS_PER_SECOND = 1_000;
export const DEFAULT_DEVICE_BURST_EVENTS = 10_000;
