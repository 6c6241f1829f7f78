import type { Candidate } from '../../../engine/types';

/**
 * Runs a global regex over `text` and maps each match through `toCandidate` (which returns
 * `null` to reject it, e.g. on a failed checksum). Stops after `limit` matches so a pathological
 * paste cannot make one detector dominate the scan budget.
 */
export const MAX_MATCHES_PER_DETECTOR = 200;

export function scanRegex(
  re: RegExp,
  text: string,
  toCandidate: (m: RegExpExecArray) => Candidate | null,
  limit = MAX_MATCHES_PER_DETECTOR,
): Candidate[] {
  if (!re.global) throw new Error(`scanRegex needs a /g regex: ${re.source}`);
  const out: Candidate[] = [];
  re.lastIndex = 0;
  let seen = 0;
  for (let m = re.exec(text); m !== null && seen < limit; m = re.exec(text), seen++) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const c = toCandidate(m);
    if (c) out.push(c);
  }
  return out;
}

/** Confidence clamp the engine also applies; kept here so vectors see the same numbers. */
export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
