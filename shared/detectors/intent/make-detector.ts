import type { Candidate, ContextEffect, Detector, DetectorInput } from '../../engine/types';
import type { IntentModel } from '../../intent-model/model';
import { HEAD_IDS, type HeadId } from '../../intent-model/types';
import type { Analysis, IntentHit } from './analysis';
import { isSpace } from './prefilter';
import type { IntentRule } from './rule';

/** An intent detector declared as data; `createIntentDetector` adds the shared logic. */
export interface IntentDetectorSpec {
  readonly id: `intent.${string}`;
  readonly description: string;
  readonly validation: string;
  readonly rules: readonly IntentRule[];
  /** The model head that speaks for this detector, if the corpus has examples of it. */
  readonly head: HeadId | null;
}

/**
 * Model-only verdicts need at least this much text: a short prompt has too few n-grams for the
 * linear model to be reliable, and the heuristic rules already cover short direct attacks. Out of
 * fold, every attack the model alone caught was over 300 characters, while short questions ("Can
 * you decode this string for me: …") drew its highest false scores (PurpleLlama's direct attacks,
 * which it trains on, are short questions); 80, the first value, let those through. It also keeps
 * the featurizer off short chat messages.
 */
export const MIN_MODEL_CHARS = 200;

/** Raised on heuristic hits the model agrees with (small: the rule already explains the hit). */
export const MODEL_AGREES_DELTA = 0.05;

/**
 * Which head, if any, reports a model-only verdict: the one furthest above its own threshold.
 * One prompt gets one model finding, not one per head.
 */
export function modelOwner(model: IntentModel, text: string): HeadId | null {
  const verdict = model.score(text);
  let best: HeadId | null = null;
  let bestMargin = 0;
  for (const id of HEAD_IDS) {
    const margin = verdict.heads[id].probability - model.weights.heads[id].threshold;
    if (margin >= 0 && (best === null || margin > bestMargin)) {
      best = id;
      bestMargin = margin;
    }
  }
  return best;
}

/** Overlapping hits of one detector: keep the most confident. */
function dedupe(hits: readonly IntentHit[]): IntentHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.rule.confidence - a.rule.confidence);
  const kept: IntentHit[] = [];
  for (const h of sorted) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) {
      if (h.rule.confidence > last.rule.confidence) kept[kept.length - 1] = h;
      continue;
    }
    kept.push(h);
  }
  return kept;
}

const INTENT_SEVERITY = 'high';

export function createIntentDetector(
  spec: IntentDetectorSpec,
  model: IntentModel | null,
  analyze: (text: string, lower: string) => Analysis,
): Detector {
  const head = model ? spec.head : null;
  const own = new Set(spec.rules);
  return {
    id: spec.id,
    category: 'intent',
    description: spec.description,
    validation: spec.validation,
    severity: 'high',
    placeholder: null,
    detect(input: DetectorInput): readonly Candidate[] {
      const { text, lower } = input;
      const analysis = analyze(text, lower);
      // Most prompts have no hit at all: straight to the model, without filtering or sorting.
      if (analysis.hits.length === 0) return head && model ? modelOnly(head, model, text, analysis) : [];
      const hits = dedupe(analysis.hits.filter((h) => own.has(h.rule)));
      let agree: ContextEffect[] = [];
      if (head && model && hits.length > 0 && model.score(text).heads[head].probability >= model.weights.heads[head].threshold) {
        agree = [{ word: `model:${head}`, delta: MODEL_AGREES_DELTA }];
      }
      const out: Candidate[] = hits.map((h) => ({
        start: h.start,
        end: h.end,
        rule: h.encoding ? `${h.encoding}>${h.rule.id}` : h.rule.id,
        baseScore: h.rule.confidence,
        confidence: Math.min(1, h.rule.confidence + (agree[0]?.delta ?? 0)),
        // Every reported intent finding already passed its rule's or the model's out-of-fold
        // threshold, so it is `high`: with the engine's risk formula (high × 0.72 ≈ 50) every rule,
        // at confidence 0.75–0.9, flags on its own. Rules at 0.65–0.7 used to wait for the model's
        // agreement, which an out-of-fold model rarely gave: a hit that counts against the 0.5 %
        // benign budget should also count as caught.
        severity: INTENT_SEVERITY,
        context: agree,
        note: h.encoding ? `${h.rule.note} (decoded from ${h.encoding})` : h.rule.note,
      }));
      return out;
    },
  };
}

/** Whether `text` has at least `min` characters once trimmed (as `text.trim().length >= min`, without the copy). */
function trimmedAtLeast(text: string, min: number): boolean {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end - start >= min;
}

/**
 * The model's own finding on a prompt no rule hit (in any intent detector: one finding per attack
 * is enough), reported by the head that owns the verdict.
 */
function modelOnly(head: HeadId, model: IntentModel, text: string, analysis: Analysis): Candidate[] {
  if (!trimmedAtLeast(text, MIN_MODEL_CHARS) || modelOwner(model, text) !== head) return [];
  const verdict = model.score(text);
  const p = verdict.heads[head].probability;
  const { highThreshold } = model.weights.heads[head];
  // A prompt that talks about attacks needs the high threshold: quoting is not attacking.
  if (p < highThreshold && analysis.discussion()) return [];
  return [{
    start: 0,
    end: text.length,
    rule: 'model',
    baseScore: p,
    confidence: p,
    severity: INTENT_SEVERITY,
    features: model.explain(verdict, head),
    note: `whole-prompt model verdict (p=${p.toFixed(2)})`,
  }];
}
