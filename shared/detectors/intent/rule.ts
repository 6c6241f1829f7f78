import type { Severity } from '../../engine/types';
import { buildKeywordIndex, type KeywordIndex } from './prefilter';
import { scanPrompt } from './profile';

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
  /**
   * Optional check before the pattern runs: for rules no literal can anchor, or cue counts. `has`
   * answers, from the keyword walk the prompt already had, whether one of the rule's `keywords` or
   * `words` starts a word of `lower` (prefilter.ts's semantics); asking it first spares most
   * prompts the precheck's own scans of the text.
   */
  readonly precheck?: (text: string, lower: string, has: HasWord) => boolean;
  /**
   * Further literals `precheck` asks `has` about, indexed in the same walk as the keywords but not
   * anchors: words every match of the pattern contains at a word start, so that a prompt without
   * them is turned away by a few flag reads (issue #5).
   */
  readonly words?: readonly string[];
  /**
   * Optional slice `[start, end)` of the prompt the pattern runs on, or `null` to skip the rule:
   * for patterns too costly per character to run over a whole paste, when a linear pass already
   * knows where to look (token floods).
   */
  readonly window?: (lower: string) => readonly [number, number] | null;
  /**
   * Context that cancels a hit: tested on the text of the hit's sentence before it (at most
   * UNLESS_REACH characters), e.g. a negation ("employees must never … disable the extension").
   */
  readonly unless?: RegExp;
  /** Why this shape is an attack, shown to the analyst. */
  readonly note: string;
}

/** Whether `word` (one of the asking rule's keywords or words) starts a word of the prompt. */
export type HasWord = (word: string) => boolean;

/** A rule hit, before context (quoting, decoding) is considered. */
export interface RuleHit {
  readonly rule: IntentRule;
  readonly start: number;
  readonly end: number;
}

/** Hits of `rules` in `text`; at most `MAX_HITS_PER_RULE` each (one is enough to explain). */
export const MAX_HITS_PER_RULE = 3;
/** How far back `unless` looks: a clause, not the paragraph. */
export const UNLESS_REACH = 80;

function cancelled(rule: IntentRule, text: string, start: number): boolean {
  if (!rule.unless) return false;
  let from = Math.max(0, start - UNLESS_REACH);
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) {
      from = i + 1;
      break;
    }
  }
  return rule.unless.test(text.slice(from, start));
}

/** Rules plus the shared keyword prefilter over all their keywords and words (built once per rule list). */
interface CompiledRules {
  readonly index: KeywordIndex;
  /** Per rule: indexes of its keywords in `index` (empty: always runs). */
  readonly anchors: readonly Int32Array[];
  /** The prechecks' `has`, reading the flags of the prompt being matched (set per call: no closure per prompt). */
  readonly has: HasWord;
  present: Uint8Array;
}

const compiled = new WeakMap<readonly IntentRule[], CompiledRules>();

function compile(rules: readonly IntentRule[]): CompiledRules {
  let c = compiled.get(rules);
  if (!c) {
    const index = buildKeywordIndex(rules.flatMap((r) => [...r.keywords, ...(r.words ?? [])]));
    const id = new Map(index.keywords.map((k, i) => [k, i]));
    const has = (word: string): boolean => {
      const i = id.get(word);
      // A typo here would silently turn a rule off: fail loudly (the rule tests run every rule).
      if (i === undefined) throw new Error(`intent precheck asks about ${JSON.stringify(word)}, which is none of its rule's keywords or words`);
      return compiledRules.present[i] === 1;
    };
    const compiledRules: CompiledRules = { index, anchors: rules.map((r) => Int32Array.from(r.keywords, (k) => id.get(k)!)), has, present: new Uint8Array(0) };
    c = compiledRules;
    compiled.set(rules, c);
  }
  return c;
}

function anchored(anchor: Int32Array, present: Uint8Array): boolean {
  if (anchor.length === 0) return true;
  for (let i = 0; i < anchor.length; i++) if (present[anchor[i]!] === 1) return true;
  return false;
}

/** `features`: featurise `lower` for the intent model in the same walk (profile.ts's takeFeatures). */
export function matchRules(text: string, lower: string, rules: readonly IntentRule[], features = false): RuleHit[] {
  const c = compile(rules);
  const { index, anchors, has } = c;
  const present = scanPrompt(index, lower, features);
  c.present = present;
  const hits: RuleHit[] = [];
  // Plain loops: this runs for every prompt, and closures per rule showed in profiles.
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (!anchored(anchors[r]!, present)) continue;
    if (rule.precheck && !rule.precheck(text, lower, has)) continue;
    const window = rule.window ? rule.window(lower) : null;
    if (rule.window && !window) continue;
    const offset = window ? window[0] : 0;
    const searched = window ? text.slice(window[0], window[1]) : text;
    rule.pattern.lastIndex = 0;
    let count = 0;
    for (let m = rule.pattern.exec(searched); m !== null && count < MAX_HITS_PER_RULE; m = rule.pattern.exec(searched)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const start = m.index + offset;
      if (cancelled(rule, text, start)) continue;
      hits.push({ rule, start, end: start + m[0].length });
      count++;
    }
  }
  return hits;
}
