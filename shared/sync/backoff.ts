/**
 * Retry timing: exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff
 * and Jitter", 2015: full jitter spreads 10,000 clients coming back online best), capped, and
 * never sooner than the server's `Retry-After`.
 */

export const BACKOFF_BASE_MS = 1_000;
/** The cap: a device never waits more than 30 s between attempts. */
export const BACKOFF_CAP_MS = 30_000;

/** `attempt` counts from 0. `random` returns [0, 1). */
export function backoffDelay(attempt: number, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 30));
  const jittered = Math.floor(random() * ceiling);
  return Math.min(BACKOFF_CAP_MS, Math.max(jittered, retryAfterMs ?? 0));
}

/** RFC 9110 §10.2.3: delay-seconds or an HTTP-date. Unparseable → undefined. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/u.test(trimmed)) return Number(trimmed) * 1_000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
