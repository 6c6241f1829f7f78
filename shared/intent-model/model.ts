import { recentMemo } from '../engine/recent-memo';
import type { FeatureWeight } from '../engine/types';
import { featurize, featurizeTransient, MODEL_BITS } from './featurize';
import { HEAD_IDS, type HeadId, type ShippedWeights } from './types';

/** How many features a verdict lists: enough to explain it, few enough to read in the popup. */
export const EXPLAIN_TOP_K = 5;

export interface HeadScore {
  readonly probability: number;
  /** Logit contribution of each present bucket is `w[bucket] * norm`. */
  readonly logit: number;
}

export interface ModelVerdict {
  /**
   * The text scored. Its buckets are not kept: only an explanation needs them, and one in a
   * thousand verdicts is explained, so `explain` featurises the text again.
   */
  readonly text: string;
  /** 1/sqrt(#buckets): every present binary feature's value after L2 normalisation. */
  readonly norm: number;
  readonly heads: Readonly<Record<HeadId, HeadScore>>;
}

export interface IntentModel {
  readonly weights: ShippedWeights;
  score(text: string): ModelVerdict;
  /**
   * Remembers `text`'s verdict from its buckets (featurizeTransient(text)'s, featurised by a walk
   * that another detector pass made anyway), so that `score(text)` does not featurise it again.
   */
  prime(text: string, buckets: Int32Array): void;
  /** The features that pushed `head` towards "attack", strongest first. */
  explain(verdict: ModelVerdict, head: HeadId, k?: number): FeatureWeight[];
}

export function decodeInt8(base64: string): Int8Array {
  const bin = atob(base64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Verdicts remembered, most recent first. The three intent detectors each call `score` on the same
 * text, and the engine runs each detector over a prompt and then its joined windows before the next
 * detector; with one entry a window scored between two detectors evicted the prompt's verdict and
 * the prompt was featurised again. Bounded (oldest dropped): no growing state in a service worker.
 */
export const RECENT_VERDICTS = 4;

/** Wraps shipped weights; `score` remembers its last few verdicts (RECENT_VERDICTS). */
export function createIntentModel(weights: ShippedWeights): IntentModel {
  const q = {} as Record<HeadId, Int8Array>;
  for (const id of HEAD_IDS) q[id] = decodeInt8(weights.heads[id].weights);
  const remember = recentMemo<ModelVerdict>(RECENT_VERDICTS);

  const score = (text: string): ModelVerdict => remember(text, () => verdictOf(text, featurizeTransient(text, weights.bits)));
  const prime = (text: string, buckets: Int32Array): void => {
    // The walks featurise at MODEL_BITS; a model trained at other bits featurises on its own.
    if (weights.bits === MODEL_BITS) remember(text, () => verdictOf(text, buckets));
  };

  function verdictOf(text: string, buckets: Int32Array): ModelVerdict {
    const norm = buckets.length > 0 ? 1 / Math.sqrt(buckets.length) : 0;
    const heads = {} as Record<HeadId, HeadScore>;
    for (const id of HEAD_IDS) {
      const w = q[id];
      let sum = 0;
      for (let i = 0; i < buckets.length; i++) sum += w[buckets[i]!]!;
      const logit = weights.heads[id].bias + sum * weights.heads[id].scale * norm;
      heads[id] = { probability: sigmoid(logit), logit };
    }
    return { text, norm, heads };
  }

  function explain(verdict: ModelVerdict, head: HeadId, k = EXPLAIN_TOP_K): FeatureWeight[] {
    const w = q[head];
    const scale = weights.heads[head].scale * verdict.norm;
    const top: FeatureWeight[] = [];
    for (const b of featurize(verdict.text, weights.bits)) {
      const contribution = w[b]! * scale;
      if (contribution <= 0) continue;
      top.push({ feature: weights.names[b] ?? `bucket#${b}`, weight: Math.round(contribution * 1000) / 1000 });
    }
    top.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
    return top.slice(0, k);
  }

  return { weights, score, prime, explain };
}
