import type { Candidate, Detector, DetectorInput } from '../../engine/types';
import { scanEntities } from '../../nlp/scan-entities';
import type { EntityCandidate, EntityType } from '../../nlp/types';
import { piiFastDetectors } from './fast';

/**
 * Registry wrappers for the NLP entities. They import compromise (through shared/nlp), so they are
 * in the full registry (`piiDetectors`) and NOT in `piiFastDetectors`: the content script never
 * loads them. In the registry they run gazetteer + cues only (`maxTaggedChars: 0`, ~0.1 ms/KB);
 * the gated tagger runs in the worker's async `scanEntities` pass after the verdict.
 *
 * No wall clock here: `scan` must give the same findings for the same text on any machine and
 * under any load (the CLI, `eval` and the collector rely on it). The pass's work caps (64 KB,
 * 400 sequences, per-step match caps) bound its cost; the 10 ms clock belongs to the worker's
 * enrichment pass, where a late answer is worth less than a partial one.
 *
 * The three detectors share one pass per text (memoised on the input object). The engine runs
 * each detector on the whole text and then on every joined window before the next detector, so
 * the memo holds every input of the scan, not only the last (that one re-ran the whole text's
 * pass for each detector when the text had a wrapped token).
 */
const passes = new WeakMap<DetectorInput, EntityCandidate[]>();

function entities(input: DetectorInput): EntityCandidate[] {
  const known = passes.get(input);
  if (known) return known;
  const fast = Object.values(piiFastDetectors).flatMap((d) => {
    const det = d as Detector;
    if (det.keywords && !det.keywords.some((k) => input.lower.includes(k))) return [];
    return det.detect(input).map((c) => ({ start: c.start, end: c.end, severity: c.severity ?? det.severity }));
  });
  const found = scanEntities(input.text, fast, { maxTaggedChars: 0, gate: true });
  passes.set(input, found);
  return found;
}

const pick = (type: EntityType) => (input: DetectorInput): Candidate[] =>
  entities(input).filter((e) => e.type === type).map(({ type: _t, ...c }) => c);

export const person: Detector = {
  id: 'pii.person',
  category: 'pii',
  description: 'Person names; medium next to a role word (patient, customer, Dear …) or other PII, low alone.',
  validation: 'gazetteer (compromise lexicon) + cue words; public figures and placeholder names downgraded',
  severity: 'low',
  placeholder: 'PERSON',
  detect: pick('pii.person'),
};

export const organization: Detector = {
  id: 'pii.organization',
  category: 'pii',
  description: 'Organisation names (legal-form suffixes, gazetteer); low severity.',
  validation: 'legal-form / institution suffix or compromise organisation lexicon',
  severity: 'low',
  placeholder: 'ORG',
  detect: pick('pii.organization'),
};

export const location: Detector = {
  id: 'pii.location',
  category: 'pii',
  description: 'Countries, cities and regions; low severity (a place alone is not sensitive).',
  validation: 'compromise place lexicon, or a capitalised word after from/in/to',
  severity: 'low',
  placeholder: 'LOCATION',
  detect: pick('pii.location'),
};
