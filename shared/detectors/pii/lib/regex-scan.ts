import { markCapped } from '../../../engine/candidates';
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
  // A programming error the worker's tests and vectors meet first: the page's build leaves the check out.
  if (!globalThis.__CONTENT_SCRIPT__ && !re.global) throw new Error(`scanRegex needs a /g regex: ${re.source}`);
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

/**
 * `scanRegex` for a pattern whose matches can only start where `first` (global) matches: `first`
 * finds those starts with V8's first-character scan and the pattern (sticky) is tried only there.
 * A global pattern that opens with a look-behind is instead attempted at every position of the
 * text (issue #4). Same matches, same `limit` and `capped` semantics as `scanRegex(pattern as /g)`,
 * provided every match of the pattern starts at a match of `first`.
 *
 * `worth` (optional) is a cheap test a match must pass before `toCandidate` sees it; matches it
 * rejects are not counted against `limit`. They cost one bounded regex match each, so the limit
 * is left to what it bounds, the validations: otherwise 200 one-digit numbers in a long document
 * would stop the scan, and a phone number after them would go unread (and the scan count capped).
 */
export function scanAnchored(
  first: RegExp,
  sticky: RegExp,
  text: string,
  toCandidate: (m: RegExpExecArray) => Candidate | null,
  { limit = MAX_MATCHES_PER_DETECTOR, worth }: { readonly limit?: number; readonly worth?: (m: RegExpExecArray) => boolean } = {},
): Candidates {
  if (!first.global || !sticky.sticky) throw new Error(`scanAnchored needs a /g and a /y regex: ${first.source}, ${sticky.source}`);
  const out: Candidate[] = [];
  let seen = 0;
  let from = 0;
  while (from <= text.length) {
    first.lastIndex = from;
    const f = first.exec(text);
    if (f === null) return out;
    sticky.lastIndex = f.index;
    const m = sticky.exec(text);
    if (m === null) {
      from = f.index + 1;
      continue;
    }
    from = f.index + Math.max(1, m[0].length);
    if (m[0].length === 0 || (worth !== undefined && !worth(m))) continue;
    if (seen >= limit) return markCapped(out);
    seen++;
    const c = toCandidate(m);
    if (c) out.push(c);
  }
  return out;
}


/**
 * `scanRegex` for a pattern whose every match starts `lead` characters (letters: "AB" before an
 * IBAN's check digits) before a run of digits — its first digit follows no digit — of one of
 * `lengths` (`null`: any): `sticky` is tried only there, at runs from the input's digit-run index
 * (lib/digit-gate.ts), not at every position of the text. A prompt holds a few runs and most have
 * the wrong length, so an ID detector costs a few array reads instead of a regex pass (~1 µs per
 * 1 KB prompt each, issue #4); a long run of digits, one attempt. Same matches, `limit` and
 * `capped` as `scanRegex(pattern as /g)`, provided every match starts so.
 */
export function scanAtRuns(
  sticky: RegExp,
  runs: Int32Array,
  lengths: readonly number[] | null,
  lead: number,
  text: string,
  toCandidate: (m: RegExpExecArray) => Candidate | null,
  limit = MAX_MATCHES_PER_DETECTOR,
): Candidates {
  if (!sticky.sticky) throw new Error(`scanAtRuns needs a /y regex: ${sticky.source}`);
  const out: Candidate[] = [];
  let seen = 0;
  let from = 0; // the last match's end: the next one starts there or later, as in a global scan
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i]! - lead;
    if (start < from || (lengths !== null && !lengths.includes(runs[i + 1]! - runs[i]!))) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue;
    if (seen >= limit) return markCapped(out);
    seen++;
    from = start + m[0].length;
    const c = toCandidate(m);
    if (c) out.push(c);
  }
  return out;
}

/** Concatenates the results of a detector's passes; capped when any pass was. */
export function joinCandidates(...parts: readonly Candidates[]): Candidates {
  const out = parts.flat();
  return parts.some((p) => p.capped === true) ? markCapped(out) : out;
}

/** Confidence clamp the engine also applies; kept here so vectors see the same numbers. */
export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
