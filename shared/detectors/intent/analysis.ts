import { recentMemo } from '../../engine/recent-memo';
import { modelText } from '../../intent-model/featurize';
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
    let context: DiscussionContext | null | undefined;
    const discussion = (): DiscussionContext | null => (context === undefined ? (context = findDiscussion(text)) : context);
    const plain: IntentHit[] = matchRules(text, lower, rules, model !== null);
    if (model) {
      const buckets = takeFeatures(lower);
      // The walk saw `lower`; the model reads modelText(text). The engine's `lower` is that text
      // unless lower-casing changed a length (then the model featurises on its own).
      if (buckets !== null && modelText(text) === lower) model.prime(text, buckets);
    }
    const decoded = matchObfuscated(text, lower, rules);
    const raw = decoded.length === 0 ? plain : plain.concat(decoded);
    const hits = raw.length === 0 ? raw : raw.filter((h) => !isDiscussed(text, discussion(), h.start));
    return { hits, discussion };
  });
}
