import type { Candidate, Candidates, DetectorInput } from '../../../engine/types';
import { digitRuns } from './digit-gate';
import { scanAtRuns, scanRegex } from './regex-scan';

/**
 * Where each numeric identifier's matches start, relative to the runs of digits in the text:
 * `lead` characters (letters) before a run whose length is one of `runs` (any length when absent)
 * — the first group when separators follow, the whole value when bare ("130 692 544" opens with a
 * run of 3, "130692544" is one of 9). The worker tries each pattern only there, at the input's
 * digit-run index (lib/digit-gate.ts), instead of a regex pass over the whole text (~1 µs per
 * 1 KB prompt each, issue #4; a long run of digits now costs them one attempt, not one per digit).
 *
 * A map beside the detectors rather than fields in their specs: the page's build has no run index
 * and does not import this table, so the 80 KB content-script budget pays nothing for it. A length
 * left out loses every match of that layout: lib/digit-runs.test.ts compares both scans on
 * mutated vectors of every detector listed here.
 */
export interface RunLayout {
  readonly runs?: readonly number[];
  readonly lead?: number;
}

export const RUN_LAYOUTS: Readonly<Record<string, RunLayout>> = {
  'pii.us_ssn': { runs: [3, 9] },
  'pii.ca_sin': { runs: [3, 9] },
  'pii.au_tfn': { runs: [3, 9] },
  'pii.us_itin': { runs: [3, 9] },
  'pii.uk_nhs': { runs: [3, 10] },
  'pii.in_aadhaar': { runs: [4, 12] },
  'pii.au_medicare': { runs: [4, 10, 11] },
  'pii.de_tax_id': { runs: [2, 11] },
  'pii.tr_tckn': { runs: [11] },
  'pii.pl_pesel': { runs: [11] },
  'pii.fi_hetu': { runs: [6] },
  'pii.se_personnummer': { runs: [6, 8, 10, 12] },
  'pii.kr_rrn': { runs: [6, 13] },
  'pii.in_gstin': { runs: [2] },
  'pii.in_pan': { runs: [4], lead: 5 },
  'pii.sg_nric': { runs: [7], lead: 1 },
  'pii.iban': { lead: 2 },
};

/** `scanRegex(pattern)`, or, for a detector whose layout is listed, the same matches from the input's indexed runs. */
export const scanIndexed = (id: string, input: DetectorInput, pattern: RegExp, toCandidate: (m: RegExpExecArray) => Candidate | null): Candidates =>
  // One conditional the page's build folds away whole, and this module's table with it.
  globalThis.__CONTENT_SCRIPT__ ? scanRegex(pattern, input.text, toCandidate) : atRuns(id, input, pattern, toCandidate);

/** Each listed detector's pattern as a sticky regex, compiled on first use. */
const twins = new Map<string, RegExp>();

function atRuns(id: string, input: DetectorInput, pattern: RegExp, toCandidate: (m: RegExpExecArray) => Candidate | null): Candidates {
  const layout = RUN_LAYOUTS[id];
  const runs = layout === undefined ? null : digitRuns(input);
  if (layout === undefined || runs === null) return scanRegex(pattern, input.text, toCandidate);
  let sticky = twins.get(id);
  if (sticky === undefined) {
    // The index holds runs of two digits or more.
    if (layout.runs?.some((n) => n < 2)) throw new Error(`${id}: run layout below 2 digits`);
    twins.set(id, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  }
  return scanAtRuns(sticky, runs, layout.runs ?? null, layout.lead ?? 0, input.text, toCandidate);
}
