import { recentMemo } from '../../engine/recent-memo';
import { MAX_MODEL_CHARS } from '../../intent-model/featurize';
import type { IntentModel } from '../../intent-model/model';
import { findDiscussion, isDiscussed, type DiscussionContext } from './discussion';
import { matchObfuscated, type Encoding } from './obfuscation';
import { takeFeatures } from './profile';
import { matchRules, type IntentRule, type RuleHit } from './rule';

export interface IntentHit extends RuleHit {
  readonly encoding?: Encoding;
}

/** Everything the three intent detectors need about one prompt, computed once. */
export interface Analysis {
  /** Rule hits of every intent rule (plain and decoded), quoted/discussed attacks dropped. */
  readonly hits: readonly IntentHit[];
  /**
   * Whether (and where) the prompt talks about attacks. Computed on first use: only prompts with a
   * rule hit or a model verdict ask, and the regex was ~5 % of the detectors' time on the rest.
   */
  discussion(): DiscussionContext | null;
}

/**
 * Analyses of the last few texts, most recent first. The engine runs each detector over the prompt
 * and then over each joined window (engine/wrap-joins.ts) before the next detector, so a one-entry
 * memo analysed a prompt with one window three times over. Four entries cover a prompt with up to
 * three windows; bounded, and dropped oldest first (no growing state in a service worker).
 */
export const RECENT_ANALYSES = 4;

/**
 * The engine calls each intent detector with the same input; this runs the rules, decoding and
 * discussion check once for all three. With a model, the rules' walk over the prompt also
 * featurises it, and the model is handed the buckets (one walk over the text instead of two).
 */
export function createAnalyzer(rules: readonly IntentRule[], model: IntentModel | null = null): (text: string, lower: string) => Analysis {
  const remember = recentMemo<Analysis>(RECENT_ANALYSES);
  return (text, lower) => remember(text, () => {
    const plain: IntentHit[] = matchRules(text, lower, rules, model !== null);
    if (model) {
      const buckets = takeFeatures(lower);
      if (buckets !== null && isModelText(text, lower)) model.prime(text, buckets);
    }
    const decoded = matchObfuscated(text, lower, rules);
    const raw = decoded.length === 0 ? plain : plain.concat(decoded);
    const analysis = new PromptAnalysis(text);
    analysis.hits = raw.length === 0 ? raw : raw.filter((h) => !isDiscussed(text, analysis.discussion(), h.start));
    return analysis;
  });
}

/**
 * Whether `lower`, the engine's lower-cased prompt, is the text the model reads (modelText(text)),
 * without building that copy of the prompt for the comparison (~1 % of the detectors' time, and
 * garbage per prompt). The engine's `lower` is text.toLowerCase() unless that changed the length,
 * which only "İ" (U+0130) does: then it lower-cases ASCII only, keeping the length. So, for the
 * engine's `lower`: the same length, no "İ", and within the model's prefix.
 */
function isModelText(text: string, lower: string): boolean {
  return text.length <= MAX_MODEL_CHARS && lower.length === text.length && !text.includes('\u0130');
}

/** An Analysis whose discussion check runs on first use (a class: no closure per prompt). */
class PromptAnalysis implements Analysis {
  hits: readonly IntentHit[] = [];
  private context: DiscussionContext | null | undefined = undefined;

  constructor(private readonly text: string) {}

  discussion(): DiscussionContext | null {
    if (this.context === undefined) this.context = findDiscussion(this.text);
    return this.context;
  }
}
