/**
 * `npm run train:intent [-- --corpus ../shared/eval] [--check]`
 *
 * Trains the on-device intent model from the development corpus, reports source-grouped 5-fold
 * cross-validation for heuristics, model and both combined, picks the thresholds on out-of-fold
 * scores (benign false-positive budget first), and writes shared/intent-model/weights.ts.
 * `--check` retrains and exits 1 unless the result equals the shipped file byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { featurize, MODEL_BITS } from '../shared/intent-model/featurize';
import { createIntentModel } from '../shared/intent-model/model';
import { loadCorpus } from './train-intent/corpus';
import { anyFinding, fullDetectors, groupedFolds, hashFolds, heuristicDetectors, modelFires, outOfFold, withThresholds, type RowScore } from './train-intent/cv';
import { fitHeads, renderWeightsModule, toShippedWeights, type Thresholds } from './train-intent/fit';
import { DEFAULT_TRAIN_OPTIONS } from './train-intent/logistic';
import { renderReport, type Outcome } from './train-intent/report';
import { pickThresholds } from './train-intent/thresholds';

const WEIGHTS_FILE = resolve(import.meta.dirname, '../shared/intent-model/weights.ts');

const { values: args } = parseArgs({ options: { corpus: { type: 'string', default: '../shared/eval' }, check: { type: 'boolean', default: false } } });
const corpusDir = resolve(args.corpus!);
const rows = loadCorpus(corpusDir);
if (!rows) {
  console.error(`train:intent: no jailbreak.jsonl/benign.jsonl in ${corpusDir} (development data is kept outside the repo; pass --corpus DIR).`);
  process.exit(2);
}
const opts = { ...DEFAULT_TRAIN_OPTIONS, bits: MODEL_BITS };
const docs = new Map(rows.map((r) => [r.id, featurize(r.text, opts.bits)]));
const fullFit = fitHeads(rows, docs, opts);
const provisional = createIntentModel(toShippedWeights(fullFit, { threshold: 0.5, highThreshold: 0.9 }, opts.bits, null));

const heuristics = heuristicDetectors();
const heurHit = new Map(rows.map((r) => [r.id, anyFinding(heuristics, r.text)]));

function outcomes(scores: readonly RowScore[], t: Thresholds): Outcome[] {
  const detectorsByModel = new Map<RowScore['model'], ReturnType<typeof fullDetectors>>();
  return scores.map((s) => {
    let detectors = detectorsByModel.get(s.model);
    if (!detectors) detectorsByModel.set(s.model, (detectors = fullDetectors(withThresholds(s.model, t))));
    const { label, source, trainable } = s.row;
    return { label, source, trainable, heuristics: heurHit.get(s.row.id)!, model: modelFires(s, t), combined: anyFinding(detectors, s.row.text) };
  });
}

const grouped = outOfFold(rows, docs, groupedFolds(rows), opts, provisional);
const thresholds = pickThresholds(grouped, heurHit);
console.log(`Thresholds from source-grouped out-of-fold scores: report p ≥ ${thresholds.threshold}, high p ≥ ${thresholds.highThreshold}\n`);
console.log(renderReport('Source-grouped 5-fold CV (headline)', outcomes(grouped, thresholds)));
const hashed = outOfFold(rows, docs, hashFolds(rows), opts, provisional);
console.log(renderReport('Hash-split 5-fold CV (rows of one source in every fold; optimistic)', outcomes(hashed, thresholds)));

const shipped = renderWeightsModule(toShippedWeights(fullFit, thresholds, opts.bits, rows));
console.log(`weights.ts: ${(Buffer.byteLength(shipped) / 1024).toFixed(1)} KB`);
if (args.check) {
  let current = '';
  try {
    current = readFileSync(WEIGHTS_FILE, 'utf8');
  } catch {
    // A missing file is a mismatch like any other.
  }
  if (current !== shipped) {
    console.error('train:intent --check: retrained weights differ from shared/intent-model/weights.ts');
    process.exit(1);
  }
  console.log('train:intent --check: shipped weights reproduced bit for bit.');
} else {
  writeFileSync(WEIGHTS_FILE, shipped);
  console.log(`wrote ${WEIGHTS_FILE}`);
}
