import { findDiscussion } from '../../shared/detectors/intent/discussion';
import { MIN_MODEL_CHARS } from '../../shared/detectors/intent/make-detector';
import { createIntentModel, type IntentModel } from '../../shared/intent-model/model';
import { fnv1a } from '../../shared/intent-model/hash';
import { HEAD_IDS } from '../../shared/intent-model/types';
import type { CorpusRow } from './corpus';
import { fitHeads, toShippedWeights, type Thresholds } from './fit';
import type { TrainOptions } from './logistic';

export const FOLDS = 5;

/**
 * Source-grouped folds: every row of a source lands in one fold (largest sources first, each to
 * the currently smallest fold), so the model is always scored on a source whose style it never
 * saw. Eval-only sources get fold -1: no model ever trains on them.
 */
export function groupedFolds(rows: readonly CorpusRow[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const r of rows) if (r.trainable) sizes.set(r.source, (sizes.get(r.source) ?? 0) + 1);
  const load = new Array<number>(FOLDS).fill(0);
  const bySource = new Map<string, number>();
  for (const [source, n] of [...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const k = load.indexOf(Math.min(...load));
    bySource.set(source, k);
    load[k] = load[k]! + n;
  }
  return new Map(rows.map((r) => [r.id, r.trainable ? bySource.get(r.source)! : -1]));
}

/** Secondary split: rows by id hash. Optimistic — near-duplicate templates of one source leak. */
export function hashFolds(rows: readonly CorpusRow[]): Map<string, number> {
  return new Map(rows.map((r) => [r.id, r.trainable ? fnv1a(r.id, 0, r.id.length) % FOLDS : -1]));
}

export interface RowScore {
  readonly row: CorpusRow;
  /** Highest head probability from a model that never saw this row. */
  readonly pMax: number;
  readonly discussed: boolean;
  readonly model: IntentModel;
}

/** Out-of-fold model for every row (eval-only rows: the model trained on all trainable rows). */
export function outOfFold(
  rows: readonly CorpusRow[],
  docs: ReadonlyMap<string, Int32Array>,
  folds: ReadonlyMap<string, number>,
  opts: TrainOptions,
  full: IntentModel,
): RowScore[] {
  const models: IntentModel[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const fitted = fitHeads(rows.filter((r) => folds.get(r.id) !== k), docs, opts);
    models.push(createIntentModel(toShippedWeights(fitted, { threshold: 0.5, highThreshold: 0.9 }, opts.bits, null)));
  }
  return rows.map((row) => {
    const k = folds.get(row.id)!;
    const model = k < 0 ? full : models[k]!;
    const v = model.score(row.text);
    const pMax = Math.max(...HEAD_IDS.map((h) => v.heads[h].probability));
    return { row, pMax, discussed: findDiscussion(row.text) !== null, model };
  });
}

export function withThresholds(model: IntentModel, t: Thresholds): IntentModel {
  const heads = Object.fromEntries(HEAD_IDS.map((h) => [h, { ...model.weights.heads[h], ...t }]));
  return createIntentModel({ ...model.weights, heads: heads as typeof model.weights.heads });
}

export function modelFires(s: RowScore, t: Thresholds): boolean {
  return s.row.text.trim().length >= MIN_MODEL_CHARS && s.pMax >= t.threshold && (!s.discussed || s.pMax >= t.highThreshold);
}
