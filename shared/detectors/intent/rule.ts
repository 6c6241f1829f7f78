import type { Severity } from '../../engine/types';
import { buildKeywordIndex, findKeywords, type KeywordIndex } from './prefilter';

/**
 * One heuristic sub-rule of an intent detector, declared as data. `pattern` runs over the
 * normalised prompt only when `lower` contains one of `keywords` (the cheap prefilter that keeps
 * the content-script cost per 1 KB prompt in the tens of microseconds).
 */
export interface IntentRule {
  /** Sub-rule id shown as `explanation.rule`, e.g. `instruction-override`. */
  readonly id: string;
  /** Lower-case literals; the pattern runs only if the prompt contains one. */
  readonly keywords: readonly string[];
  /** Must be global (`g`) and case-insensitive (`i`). */
  readonly pattern: RegExp;
  readonly confidence: number;
  readonly severity: Severity;
  /** Optional linear-time check: for rules no literal can anchor (token floods), or cue counts. */
  readonly precheck?: (text: string, lower: string) => boolean;
  /** Why this shape is an attack, shown to the analyst. */
  readonly note: string;
}

/** A rule hit, before context (quoting, decoding) is considered. */
export interface RuleHit {
  readonly rule: IntentRule;
  readonly start: number;
  readonly end: number;
}

/** Hits of `rules` in `text`; at most `MAX_HITS_PER_RULE` each (one is enough to explain). */
export const MAX_HITS_PER_RULE = 3;

/** Rules plus the shared keyword prefilter over all their keywords (built once per rule list). */
interface CompiledRules {
  readonly index: KeywordIndex;
  /** Per rule: indexes of its keywords in `index` (empty: always runs). */
  readonly anchors: readonly (readonly number[])[];
}

const compiled = new WeakMap<readonly IntentRule[], CompiledRules>();

function compile(rules: readonly IntentRule[]): CompiledRules {
  let c = compiled.get(rules);
  if (!c) {
    const index = buildKeywordIndex(rules.flatMap((r) => r.keywords));
    const id = new Map(index.keywords.map((k, i) => [k, i]));
    c = { index, anchors: rules.map((r) => r.keywords.map((k) => id.get(k)!)) };
    compiled.set(rules, c);
  }
  return c;
}

export function matchRules(text: string, lower: string, rules: readonly IntentRule[]): RuleHit[] {
  const { index, anchors } = compile(rules);
  const present = findKeywords(index, lower);
  const hits: RuleHit[] = [];
  rules.forEach((rule, r) => {
    const anchor = anchors[r]!;
    if (anchor.length > 0 && !anchor.some((k) => present[k] === 1)) return;
    if (rule.precheck && !rule.precheck(text, lower)) return;
    rule.pattern.lastIndex = 0;
    let count = 0;
    for (let m = rule.pattern.exec(text); m !== null && count < MAX_HITS_PER_RULE; m = rule.pattern.exec(text)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      hits.push({ rule, start: m.index, end: m.index + m[0].length });
      count++;
    }
  });
  return hits;
}
