import { browser } from 'wxt/browser';
import { BLOCKED_APP_RULE_BASE, blockedAppRules } from './blocked-app-rules';

/** Replaces the blocked-app rules with those for `patterns`; other dynamic rules are left alone. */
export async function applyBlockedApps(patterns: readonly string[]): Promise<void> {
  const existing = await browser.declarativeNetRequest.getDynamicRules();
  const removeRuleIds = existing.map((rule) => rule.id).filter((id) => id >= BLOCKED_APP_RULE_BASE);
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds,
    addRules: blockedAppRules(patterns) as unknown as Parameters<
      typeof browser.declarativeNetRequest.updateDynamicRules
    >[0]['addRules'],
  });
}
