import { dispatch, type Dispatch, type Entry } from '../engine/dispatch';
import type { NormalizedText } from '../engine/normalize';
import { isEnabled, resolveOptions } from '../engine/options';
import { resolveOverlaps } from '../engine/overlap';
import { FULL_POLICY_RULES } from '../engine/scanner';
import { lowerAligned } from '../engine/scanner-core';
import type { Detector, Finding, ScanOptions } from '../engine/types';
import type { EntityType } from './types';

/** The policy's options that decide which entity findings count (the NLP request carries these only). */
export type EntityScanOptions = Pick<ScanOptions, 'enabledDetectors' | 'disabledDetectors' | 'categories' | 'allowPatterns'>;

/**
 * The engine's scan as the NLP host needs it: the entity detectors on the normalised text once,
 * the policy's switches, severity floors and allow patterns, each candidate turned into a finding
 * with its explanation, overlaps resolved. The same engine functions as `createScanner` and the
 * same findings (entity-scan.test.ts), less what the host cannot use and what no clock can stop:
 *  - joined windows around wrapped tokens (wrap-joins.ts): built before any detector runs, for
 *    secrets split by a line break; the entity detectors read none of them, yet a 64 KB wrapped
 *    base64 blob cost 3–4 ms and ~1 MB of garbage building its ~850 breaks into windows (issue #4,
 *    the `prepare` step's max);
 *  - risk and redaction: the host replies with findings, and the worker scores the merged result
 *    itself (enrich.ts).
 * `scanned` is the text read, `view` its normalised form (`normalizeForMatching(scanned)`), which
 * the caller has already built to map the verdict's spans.
 */
export function scanEntityFindings(
  scanned: string, view: NormalizedText, detectors: Readonly<Record<EntityType, Detector>>, options: EntityScanOptions,
): Finding[] {
  const resolved = resolveOptions(options);
  // No keyword prefilter: the entity detectors declare none, so the engine would run each anyway.
  const entries: Entry[] = Object.values(detectors).filter((d) => isEnabled(d, resolved)).map((detector) => ({ detector, prefilter: null }));
  const errors: string[] = [];
  const allowed = resolved.allowPatterns.length === 0 ? null : FULL_POLICY_RULES.allow!(resolved.allowPatterns, errors);
  const d: Dispatch = { view, options: resolved, allowed, scanned, errors, scored: [], detectorsRun: 0, findingsCapped: 0, valuesCapped: 0 };
  dispatch(entries, [{ input: { text: view.text, lower: lowerAligned(view.text), options: resolved }, window: null }], d);
  return resolveOverlaps(d.scored).map((k) => k.finding);
}
