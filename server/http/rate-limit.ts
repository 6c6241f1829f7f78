/**
 * Per-device token bucket counting events, not requests: a device sending 100-event batches and
 * one sending single events spend the same budget. In memory: a restarted collector forgets the
 * buckets, which only ever errs toward accepting.
 */

export interface RateLimitConfig {
  readonly eventsPerSecond: number;
  readonly burstEvents: number;
}

interface Bucket { tokens: number; at: number }

/** Buckets idle this long are forgotten, so memory tracks active devices only. */
const IDLE_FORGET_MS = 10 * 60_000;

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export function createRateLimiter(config: RateLimitConfig, now: () => number) {
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  function sweep(t: number): void {
    if (t - lastSweep < IDLE_FORGET_MS) return;
    lastSweep = t;
    for (const [key, bucket] of buckets) if (t - bucket.at > IDLE_FORGET_MS) buckets.delete(key);
  }

  return function take(key: string, events: number): RateDecision {
    const t = now();
    sweep(t);
    const bucket = buckets.get(key) ?? { tokens: config.burstEvents, at: t };
    bucket.tokens = Math.min(config.burstEvents, bucket.tokens + ((t - bucket.at) / 1_000) * config.eventsPerSecond);
    bucket.at = t;
    buckets.set(key, bucket);
    // A batch larger than the whole burst can never pass: let it through when the bucket is full.
    const cost = Math.min(events, config.burstEvents);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true };
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((cost - bucket.tokens) / config.eventsPerSecond));
    return { allowed: false, retryAfterSeconds };
  };
}
