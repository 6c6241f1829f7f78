/**
 * Where the anchor sweep may jump past text that repeats what it has just swept without visiting any
 * rule. A paste of one token thousands of times (`api_key=sk_live_…` × 2,500, issue #3) has every
 * rule that reports it at its budget after a fifth of the text; the rest then costs the sweep a few
 * dozen literal comparisons per copy, all turned away, and would be turned away again copy by copy.
 *
 * Sound by construction, not by heuristics: the sweep's decision at a position depends only on the
 * characters within `back` before and `ahead` after it (`LiteralGates.reach`) and on which rules
 * have reached their resume position. So where the text is periodic with period `p` over those
 * reads, a position decides as the one `p` earlier did: if a whole period before `b` visited
 * nothing, and no rule can turn live in between (every rule is either past its resume position
 * there or done for the text), the positions `p`, `2p`, … later visit nothing either. The period is
 * a guess (the nearest earlier copy of the last characters); the periodicity is checked by comparing
 * slices of the text, which costs a fraction of sweeping the same characters.
 */
import { visitLiteral, type AnchorIndex, type AnchorOwners, type LiteralGates } from './anchor-index';

/** The longest period looked for: a pasted token, a log line, a repeated config block. */
export const MAX_PERIOD = 1_024;
/** Characters whose earlier copy gives the period. */
const NEEDLE = 32;
/** Below this, a failed doubling step is not retried smaller. */
const MIN_STEP = 16;

/** `p` ≤ MAX_PERIOD such that the NEEDLE characters before `b` occur `p` earlier (the nearest), or 0. */
export function periodBefore(text: string, b: number): number {
  if (b < 2 * NEEDLE) return 0;
  const from = Math.max(0, b - NEEDLE - MAX_PERIOD);
  // `b - 1`: the needle itself does not fit, so the nearest earlier copy is found.
  const found = text.substring(from, b - 1).lastIndexOf(text.substring(b - NEEDLE, b));
  return found < 0 ? 0 : b - NEEDLE - from - found;
}

/** The end of the stretch from `start` (≥ `p`) where each character equals the one `p` before it, at most `end`. */
export function periodicUntil(text: string, start: number, p: number, end: number): number {
  let e = start;
  let step = p;
  while (e < end) {
    const n = Math.min(step, end - e);
    // Two slices compared with `===` (V8 compares their characters in bulk): ~5 µs for the 78 KB a
    // repeated-token paste jumps, where `startsWith` took 40-200 µs.
    if (text.substring(e - p, e - p + n) === text.substring(e, e + n)) {
      e += n;
      step *= 2;
    } else if (n > MIN_STEP) {
      step = n >> 1;
    } else {
      break;
    }
  }
  return e;
}

/**
 * The position the sweep may continue from after sweeping positions `a` … `b - 1` without a visit:
 * `b`, or `b + k·p` when the text repeats with period `p` far enough ahead (see above). Tried only
 * once some rule is done for the text (its resume position is the end): before, the text still has
 * rules to report, and ordinary text is never searched for repeats.
 */
export function repeatSkip(text: string, a: number, b: number, resume: Int32Array, [back, ahead]: readonly [number, number]): number {
  const end = text.length;
  let done = false;
  for (let r = 0; r < resume.length && !done; r++) done = (resume[r] as number) >= end;
  if (!done) return b;
  const p = periodBefore(text, b);
  const ref = b - p - back;
  if (p === 0 || p > b - a || ref < 0) return b;
  // A rule whose resume position falls after the first read of the reference period turns live later.
  for (let r = 0; r < resume.length; r++) {
    const at = resume[r] as number;
    if (at > ref && at < end) return b;
  }
  const k = Math.floor((periodicUntil(text, b - back, p, end) - ahead - b) / p);
  return k > 0 ? b + k * p : b;
}

/** Positions swept between checks for a repeat: over twice `MAX_PERIOD`, a few dozen checks per 100 KB. */
export const REPEAT_STRETCH = 2_048;

/**
 * `sweepAnchors` for the worker, with gates: the same loop (keep the two alike; the tests compare
 * their visits), which every `REPEAT_STRETCH` positions, at the next hit, asks `repeatSkip` whether
 * the stretch since it last asked lets it jump. A copy, not a flag in `sweepAnchors`: the page's build
 * has no gates and no room (its 80 KB budget), and a counter that may jump loses V8's proof that
 * `charCodeAt` stays in bounds, so the jump restarts the loop from a counter it can bound.
 */
export function sweepSkippingRepeats(
  lower: string,
  index: AnchorIndex,
  owners: AnchorOwners,
  resume: Int32Array,
  visit: (rule: number, literal: number, at: number) => void,
  gates: LiteralGates,
): void {
  const { group, first, last, after, slots, offsets, mask, bytes, before } = index;
  const end = lower.length;
  if (end === 0) return;
  let visits = 0;
  const counted = (rule: number, literal: number, at: number): void => {
    visits++;
    visit(rule, literal, at);
  };
  // Where the stretch being watched began, and the visits before it. The first hit asks at once
  // (no rule is done yet: the answer costs one pass over `resume`), so that every prompt runs the
  // check and V8 has its feedback before a large text needs it.
  let checked = 1 - REPEAT_STRETCH;
  let quiet = 0;
  let prev2 = 0;
  let prev = 0;
  let c0 = lower.charCodeAt(0) & 127;
  for (let start = 1; start <= end; ) {
    let jump = 0;
    for (let i = Math.max(1, start | 0); i <= end; i++) {
      const c1 = i < end ? lower.charCodeAt(i) & 127 : 0;
      const g = group[(c0 << 7) | c1] as number;
      const next = g === 0 ? 0 : i + 1 < end ? lower.charCodeAt(i + 1) & 127 : 0;
      if (g !== 0 && (((after[(g << 2) | (next >> 5)] as number) >>> (next & 31)) & 1) !== 0) {
        if (i - checked >= REPEAT_STRETCH) {
          // Positions `i` … `jump - 1` decide as the ones a period earlier did: nothing to visit.
          jump = visits === quiet ? repeatSkip(lower, checked, i, resume, gates.reach) : i;
          checked = jump;
          quiet = visits;
          if (jump > i) break;
          jump = 0;
        }
        const w = (prev << 24) | (c0 << 16) | (c1 << 8) | next;
        const to = last[g] as number;
        for (let k = first[g] as number; k < to; k++) {
          if ((w & (mask[k] as number)) !== (bytes[k] as number)) continue;
          const b = before[k] as number;
          if (b >= 0 && b !== prev2) continue;
          const n = slots[k] as number;
          const at = i - 1 - (offsets[n] as number);
          if (at >= 0) visitLiteral(lower, index, n, at, owners, resume, counted, gates);
        }
      }
      prev2 = prev;
      prev = c0;
      c0 = c1;
    }
    if (jump === 0) return;
    start = jump;
    prev2 = lower.charCodeAt(jump - 3) & 127;
    prev = lower.charCodeAt(jump - 2) & 127;
    c0 = lower.charCodeAt(jump - 1) & 127;
  }
}
