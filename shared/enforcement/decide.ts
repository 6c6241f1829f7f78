/**
 * What happens to a prompt, given its verdict and the policy. Pure, so the worker (normal path)
 * and the content script (fail-closed path) decide the same way.
 *
 * - A verdict that is not flagged is always sent (`allow`).
 * - Each finding of a flagged verdict gets the action of the most specific rule that matches its
 *   type — exact type, then `category.*`, then `*` — or the policy mode when no rule matches.
 * - The prompt gets the strictest of its findings' actions: block > redact > warn > monitor.
 *   A rule can therefore relax one finding type (`pii.email` → monitor) without letting a
 *   secret in the same prompt through.
 * - A capped verdict (a detector stopped at its findings budget, so values after it were never
 *   read) gets at least the policy mode, flagged or not: no rule can relax a value nobody saw.
 *   `redact` becomes `block`, because the redacted text would carry those unread values intact.
 *   Ordinary prompts are never capped (the budget is 500 findings of one detector).
 */
import type { EnforcementConfig, EnforcementMode, EnforcementRule } from './config';

export type EnforcementAction = 'allow' | EnforcementMode;

/** Order of strictness; a higher index wins when findings disagree. */
const STRICTNESS: readonly EnforcementAction[] = ['allow', 'monitor', 'warn', 'redact', 'block'];

export interface DecisionInput {
  readonly flagged: boolean;
  readonly findings: readonly { readonly type: string; readonly category: string }[];
  /** Part of the text went unchecked in a way that matters (`scanWasCapped` in verdict.ts). */
  readonly capped?: boolean;
}

/** 2 for an exact type, 1 for `category.*`, 0 for `*`, -1 when the rule does not match. */
function specificity(rule: EnforcementRule, type: string, category: string): number {
  if (rule.match === type) return 2;
  if (rule.match === `${category}.*`) return 1;
  return rule.match === '*' ? 0 : -1;
}

/** The action for one finding type; among equally specific rules the first listed wins. */
export function actionFor(type: string, category: string, config: EnforcementConfig): EnforcementMode {
  let best: EnforcementRule | null = null;
  let bestScore = -1;
  for (const rule of config.rules) {
    const score = specificity(rule, type, category);
    if (score > bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best?.action ?? config.mode;
}

export function stricter(a: EnforcementAction, b: EnforcementAction): EnforcementAction {
  return STRICTNESS.indexOf(a) >= STRICTNESS.indexOf(b) ? a : b;
}

export function decide(verdict: DecisionInput, config: EnforcementConfig): EnforcementAction {
  if (verdict.capped === true) {
    const action = stricter(decideFindings({ ...verdict, flagged: true }, config), config.mode);
    return action === 'redact' ? 'block' : action;
  }
  return decideFindings(verdict, config);
}

function decideFindings(verdict: DecisionInput, config: EnforcementConfig): EnforcementAction {
  if (!verdict.flagged) return 'allow';
  let action: EnforcementAction = 'allow';
  for (const { type, category } of verdict.findings) action = stricter(action, actionFor(type, category, config));
  // A flagged verdict without findings cannot happen with the engine's risk rules; be strict anyway.
  return action === 'allow' ? config.mode : action;
}

const FAIL_CLOSED_SEVERITIES: ReadonlySet<string> = new Set(['high', 'critical']);

/**
 * The content script's decision when no worker verdict exists for the text (pending debounce,
 * evicted worker, orphaned script): only `high`/`critical` findings of the fast pattern layer
 * stop the prompt; anything milder goes out rather than delaying every prompt on a guess.
 */
export function decideFailClosed(
  findings: readonly { readonly type: string; readonly category: string; readonly severity: string }[],
  config: EnforcementConfig,
): EnforcementAction {
  const serious = findings.filter((f) => FAIL_CLOSED_SEVERITIES.has(f.severity));
  return serious.length === 0 ? 'allow' : decide({ flagged: true, findings: serious }, config);
}
