import { findDiscussion, isDiscussed, type DiscussionContext } from './discussion';
import { matchObfuscated, type Encoding } from './obfuscation';
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
 * The engine calls each intent detector with the same input; this runs the rules, decoding and
 * discussion check once for all three (one-entry memo: no unbounded state in a service worker).
 */
export function createAnalyzer(rules: readonly IntentRule[]): (text: string, lower: string) => Analysis {
  let lastText: string | null = null;
  let last: Analysis | null = null;
  return (text, lower) => {
    if (text === lastText && last) return last;
    let context: DiscussionContext | null | undefined;
    const discussion = (): DiscussionContext | null => (context === undefined ? (context = findDiscussion(text)) : context);
    const raw = [...matchRules(text, lower, rules), ...matchObfuscated(text, lower, rules)];
    const hits = raw.length === 0 ? raw : raw.filter((h) => !isDiscussed(text, discussion(), h.start));
    lastText = text;
    last = { hits, discussion };
    return last;
  };
}
