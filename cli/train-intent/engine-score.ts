import { createScanner, type Scan } from '../../shared/engine';
import { registry } from '../../shared/detectors/registry';
import { createIntentDetectors } from '../../shared/detectors/intent/create';
import type { IntentModel } from '../../shared/intent-model/model';
import type { CorpusRow } from './corpus';

/**
 * Scores a row the way `npm run eval` counts it (cli/eval/metrics.ts): the whole engine runs
 * (normalisation, every other category, overlap resolution, the risk formula) with the intent
 * detectors built over a given model. An attack is caught when the prompt is flagged and has an
 * intent finding; a benign prompt is a false positive when it has any intent finding, flagged or
 * not (the 0.5 % intent budget of issue 5).
 */
export function engineScorer(model: IntentModel | null): (row: CorpusRow) => boolean {
  const scan: Scan = createScanner({ ...registry, ...createIntentDetectors(model) });
  return (row) => {
    const { findings, flagged } = scan(row.text);
    const intent = findings.some((f) => f.category === 'intent');
    return row.label === 'benign' ? intent : flagged && intent;
  };
}
