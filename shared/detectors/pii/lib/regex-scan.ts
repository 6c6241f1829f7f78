import type { Candidate, Candidates } from '../../../engine/types';

/**
 * Runs a global regex over `text` and maps each match through `toCandidate` (which returns
 * `null` to reject it, e.g. on a failed checksum). Stops after `limit` matches so a pathological
 * paste cannot make one detector dominate the scan budget; a scan stopped with matches left unread
 * is marked `capped`, so the engine counts it (`stats.findingsCapped`) instead of the text looking
 * clean past the cap.
 */
export const MAX_MATCHES_PER_DETECTOR = 200;

export function scanRegex(
  re: RegExp,
  text: string,
  toCandidate: (m: RegExpExecArray) => Candidate | null,
  limit = MAX_MATCHES_PER_DETECTOR,
): Candidates {
  if (!re.global) throw new Error(`scanRegex needs a /g regex: ${re.source}`);
  const out: Candidate[] = [];
  re.lastIndex = 0;
  let seen = 0;
  let m = re.exec(text);
  for (; m !== null && seen < limit; m = re.exec(text), seen++) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const c = toCandidate(m);
    if (c) out.push(c);
  }
  // Stopped by the limit with a match still in hand: what lies past it was never read.
  return m === null ? out : markCapped(out);
}

/** Marks a detector's result as stopped at its own cap (a non-enumerable flag: equality and spreads ignore it). */
export function markCapped(out: Candidate[]): Candidates {
  return Object.defineProperty(out, 'capped', { value: true });
}

/** Concatenates the results of a detector's passes; capped when any pass was. */
export function joinCandidates(...parts: readonly Candidates[]): Candidates {
  const out = parts.flat();
  return parts.some((p) => p.capped === true) ? markCapped(out) : out;
}

/** Confidence clamp the engine also applies; kept here so vectors see the same numbers. */
export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
