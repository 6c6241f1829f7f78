/**
 * `npm run train:intent [-- --corpus ../shared/eval] [--check] [--misses FILE]`
 *
 * Trains the on-device intent model from the development corpus, reports source-grouped 5-fold
 * cross-validation for heuristics, model and both combined, picks the thresholds on out-of-fold
 * scores (benign false-positive budget first), and writes shared/intent-model/weights.ts.
 * "Combined" is the whole engine with the rules and a model that never saw the row's source,
 * counted as `npm run eval` counts (engine-score.ts). `--misses FILE` writes the out-of-fold
 * misses and benign hits as JSONL for study (keep FILE outside the repo: it holds corpus text).
 * `--check` retrains and exits 1 unless the result equals the shipped file byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { featurize, MODEL_BITS } from '../shared/intent-model/featurize';
import { createIntentModel } from '../shared/intent-model/model';
import { loadCorpus } from './train-intent/corpus';
import { groupedFolds, hashFolds, modelFires, outOfFold, withThresholds, type RowScore } from './train-intent/cv';
import { engineScorer } from './train-intent/engine-score';
import { fitHeads, renderWeightsModule, toShippedWeights, type Thresholds } from './train-intent/fit';
import { DEFAULT_TRAIN_OPTIONS } from './train-intent/logistic';
import { renderReport, type Outcome } from './train-intent/report';
import { pickThresholds } from './train-intent/thresholds';

const WEIGHTS_FILE = resolve(import.meta.dirname, '../shared/intent-model/weights.ts');

const { values: args } = parseArgs({ options: { corpus: { type: 'string', default: '../shared/eval' }, check: { type: 'boolean', default: false }, misses: { type: 'string' } } });
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

const heuristics = engineScorer(null);
const heurHit = new Map(rows.map((r) => [r.id, heuristics(r)]));

/** Whole-engine outcome per (model, row): eval-only rows meet the same full model in both CVs. */
const combinedMemo = new Map<RowScore['model'], Map<string, boolean>>();
function outcomes(scores: readonly RowScore[], t: Thresholds): Outcome[] {
  const scorers = new Map<RowScore['model'], ReturnType<typeof engineScorer>>();
  return scores.map((s) => {
    let scorer = scorers.get(s.model);
    if (!scorer) scorers.set(s.model, (scorer = engineScorer(withThresholds(s.model, t))));
    const memo = combinedMemo.get(s.model) ?? new Map<string, boolean>();
    combinedMemo.set(s.model, memo);
    const combined = memo.get(s.row.id) ?? scorer(s.row);
    memo.set(s.row.id, combined);
    const { label, source, trainable, hiddenContextOnly } = s.row;
    return { label, source, trainable, hiddenContextOnly, heuristics: heurHit.get(s.row.id)!, model: modelFires(s, t), combined };
  });
}

const grouped = outOfFold(rows, docs, groupedFolds(rows), opts, provisional);
const thresholds = pickThresholds(grouped, heurHit);
console.log(`Thresholds from source-grouped out-of-fold scores: report p ≥ ${thresholds.threshold}, high p ≥ ${thresholds.highThreshold}\n`);
const groupedOutcomes = outcomes(grouped, thresholds);
console.log(renderReport('Source-grouped 5-fold CV (headline)', groupedOutcomes));
if (args.misses) {
  const misses = grouped.flatMap((s, i) => {
    const o = groupedOutcomes[i]!;
    const wrong = o.label === 'benign' ? o.combined : !o.combined;
    return wrong ? [JSON.stringify({ id: s.row.id, source: s.row.source, label: s.row.label, p: Number(s.pMax.toFixed(3)), heuristics: o.heuristics, text: s.row.text })] : [];
  });
  writeFileSync(resolve(args.misses), `${misses.join('\n')}\n`);
  console.log(`wrote ${misses.length} out-of-fold misses and benign hits to ${resolve(args.misses)}\n`);
}
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
