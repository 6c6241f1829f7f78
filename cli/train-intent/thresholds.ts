import type { Thresholds } from './fit';
import { modelFires, type RowScore } from './cv';

/**
 * Benign budget for the whole intent category is 0.5 % (issue 5). We spend at most 0.4 % on
 * out-of-fold data, leaving headroom for the held-out 40 % of the corpus.
 */
export const TARGET_BENIGN_FP = 0.004;
/** "high" severity only where the model alone flagged ≤ 0.1 % of benign prompts out of fold. */
export const HIGH_BENIGN_FP = 0.001;
const GRID_STEP = 0.005;

function grid(from: number): number[] {
  const out: number[] = [];
  for (let i = Math.round(from / GRID_STEP); i * GRID_STEP < 1; i++) out.push(Math.round(i * GRID_STEP * 1000) / 1000);
  return out;
}

/** FP budget first, then the lowest threshold (= most recall) that respects it. */
export function pickThresholds(scores: readonly RowScore[], heuristicHit: ReadonlyMap<string, boolean>): Thresholds {
  const benign = scores.filter((s) => s.row.label === 'benign');
  const rate = (pred: (s: RowScore) => boolean): number => benign.filter(pred).length / benign.length;
  const highThreshold = grid(0.5).find((h) => rate((s) => s.pMax >= h) <= HIGH_BENIGN_FP) ?? 0.995;
  const threshold =
    grid(0.5).find((t) => t <= highThreshold && rate((s) => heuristicHit.get(s.row.id)! || modelFires(s, { threshold: t, highThreshold })) <= TARGET_BENIGN_FP) ??
    highThreshold;
  return { threshold, highThreshold };
}
