/**
 * Deterministic logistic regression over sparse binary, L2-normalised features (SGD, fixed-seed
 * shuffles, sequential float64 sums in a fixed order: the same inputs give the same bits on
 * every run, which `npm run train:intent -- --check` relies on).
 */
import { mulberry32 } from '../../shared/random/mulberry32';

export interface TrainOptions {
  readonly bits: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

/** Chosen on grouped CV: more epochs or a larger rate did not move out-of-fold recall. */
export const DEFAULT_TRAIN_OPTIONS: Omit<TrainOptions, 'bits'> = { epochs: 20, learningRate: 0.5, l2: 1e-5, seed: 20240501 };

export interface TrainedHead {
  readonly weights: Float64Array;
  readonly bias: number;
}

/** docs[i] are sorted unique buckets; labels[i] is 1 for the head's positive class. */
export function trainLogistic(docs: readonly Int32Array[], labels: readonly number[], opts: TrainOptions): TrainedHead {
  const w = new Float64Array(1 << opts.bits);
  let bias = 0;
  const nPos = labels.filter((y) => y === 1).length;
  const nNeg = labels.length - nPos;
  // Balanced classes: each side carries half the loss whatever the corpus ratio.
  const classWeight = [labels.length / (2 * Math.max(1, nNeg)), labels.length / (2 * Math.max(1, nPos))];
  const rand = mulberry32(opts.seed);
  const order = docs.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = opts.learningRate / (1 + epoch);
    for (const d of order) {
      const x = docs[d]!;
      const y = labels[d]!;
      const norm = x.length > 0 ? 1 / Math.sqrt(x.length) : 0;
      let z = bias;
      for (let k = 0; k < x.length; k++) z += w[x[k]!]! * norm;
      const g = (1 / (1 + Math.exp(-z)) - y) * classWeight[y]!;
      for (let k = 0; k < x.length; k++) {
        const b = x[k]!;
        w[b] = w[b]! - lr * (g * norm + opts.l2 * w[b]!);
      }
      bias -= lr * g;
    }
  }
  return { weights: w, bias };
}

/** Symmetric int8 quantisation: the largest |weight| maps to ±127. */
export function quantize(weights: Float64Array): { q: Int8Array; scale: number } {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(weights[i]! / scale)));
  return { q, scale };
}

export function encodeInt8(q: Int8Array): string {
  let bin = '';
  for (let i = 0; i < q.length; i++) bin += String.fromCharCode(q[i]! & 0xff);
  return btoa(bin);
}
