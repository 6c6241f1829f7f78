/**
 * Wall-clock budget for the compromise tagger. A tagger call cannot be interrupted, so the only
 * way to keep a hard ceiling is to (1) cap the characters a text may tag and (2) not start the
 * call (all of a text's windows) when its predicted cost would overrun what is left. The prediction is a running estimate of ms per
 * character learned from this process's own calls (device speed and load vary 10× across a fleet),
 * seeded pessimistically so the first texts on a slow device cannot overrun either.
 */

/** Worst-case seed: p99 of a tagger call per character on the 2-core reference box under load (see entity-pass.bench.ts). */
const SEED_MS_PER_CHAR = 0.04;
/** Weight of the newest sample in the running estimate; ~10 calls to adapt. */
const ALPHA = 0.1;
/** Headroom over the running mean: tagger cost per character has a long right tail (p99 ≈ 3× median). */
const TAIL_FACTOR = 2;

let msPerChar = SEED_MS_PER_CHAR;

/** Predicted worst-case cost of tagging `chars` characters. */
export const predictMs = (chars: number): number => chars * msPerChar * TAIL_FACTOR;

/**
 * A sample is capped so one stall (GC, a busy core) cannot shut the tagger off for good: while
 * windows are skipped nothing is measured, so the estimate also relaxes back towards the seed.
 */
const MAX_SAMPLE_MS_PER_CHAR = 4 * SEED_MS_PER_CHAR;

/** Feeds one measured call back into the estimate. */
export function observe(chars: number, ms: number): void {
  if (chars <= 0) return;
  const sample = Math.min(ms / chars, MAX_SAMPLE_MS_PER_CHAR);
  msPerChar = msPerChar * (1 - ALPHA) + sample * ALPHA;
}

/**
 * Called when a window was skipped for time: an estimate above the seed drifts back towards it.
 * One below the seed stays: the skip says the earlier steps used the time, not that the tagger
 * got slower (raising it to the seed there shut the tagger off for the following texts).
 */
export function relax(): void {
  if (msPerChar > SEED_MS_PER_CHAR) msPerChar = Math.max(SEED_MS_PER_CHAR, msPerChar * (1 - ALPHA));
}

/** For tests: restore the pessimistic seed. */
export function resetTagEstimate(): void {
  msPerChar = SEED_MS_PER_CHAR;
}
