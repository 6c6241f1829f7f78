import type { Detector, Severity } from '../engine/types';
import { SEVERITIES } from '../engine/types';

/**
 * How the content script's tier (content-registry.ts) is chosen; read by its test, the bench and
 * the README, never by the content script. The page fails closed only on these severities
 * (`decideFailClosed`), so only detectors that can report them are worth shipping to every page.
 */
export const FAIL_CLOSED_SEVERITIES: readonly Severity[] = ['high', 'critical'];

/** The highest severity a detector declares it can report. */
export const maxSeverityOf = (d: Pick<Detector, 'severity' | 'maxSeverity'>): Severity =>
  SEVERITIES[Math.max(SEVERITIES.indexOf(d.severity), SEVERITIES.indexOf(d.maxSeverity ?? d.severity))]!;

/**
 * Detectors that can report `high` yet stay out of the content tier, by id or `category.*`, with
 * the reason. Each is still run by the worker on every prompt.
 */
const CUE_WORD_FINDING =
  'Its high findings rest on a cue word near the value (a keyword, a label, a document type), not on the value\'s own format ' +
  '(a vendor prefix, a checksum, a fixed structure). The page decides alone only while the worker stalls, where a block ' +
  'must be right without the worker\'s context scoring and policy keywords; cue-word findings are the noisiest of the tier ' +
  '(generic assignments are 2 of the 11 benign prompts the engine flags on the evaluation corpus; a label word in a ' +
  'quoted document), and together these detectors weigh ' +
  '~22 KB, a quarter of the 80 KB budget. The worker still scans, scores and records every prompt with them.';

export const CONTENT_TIER_EXCLUSIONS: Readonly<Record<string, string>> = {
  'intent.*':
    'An intent finding (jailbreak, injection, evasion wording) carries no value that leaves the device and nothing to redact; ' +
    'the fail-closed path exists to keep a secret or an identifier from reaching the site before the worker has looked. ' +
    'A prompt sent during a worker stall is still recorded and scored with the model. Without the model the weakest rules ' +
    'cannot be confirmed (make-detector.ts), and the heuristics are 36 KB, nearly half the 80 KB budget.',
  'code.proprietary_header':
    'Reports only with `organizationNames` from policy; the content script scans with the flag threshold only ' +
    '(capture-context.ts), so in the page it could never fire.',
  'secret.provider_keyword': CUE_WORD_FINDING,
  'secret.generic_assignment': CUE_WORD_FINDING,
  'confidential.classification_label': CUE_WORD_FINDING,
  'pii.passport': CUE_WORD_FINDING,
  'pii.driving_licence': CUE_WORD_FINDING,
  'pii.medical_record': CUE_WORD_FINDING,
};

export function contentTierExclusion(id: string): string | undefined {
  return CONTENT_TIER_EXCLUSIONS[id] ?? CONTENT_TIER_EXCLUSIONS[`${id.split('.')[0]}.*`];
}
