/**
 * `declarativeNetRequest` rules that refuse navigation to blocked AI apps and show the extension's
 * explanation page instead. Built as plain data so it is tested without a browser.
 */
import { escapeRegex } from '../../../shared/engine/escape-regex';

/** Dynamic rule IDs from this number up belong to blocked apps; other features use lower ones. */
export const BLOCKED_APP_RULE_BASE = 10_000;
export const BLOCKED_PAGE = '/blocked.html';

export interface RedirectRule {
  readonly id: number;
  readonly priority: number;
  readonly action: { readonly type: 'redirect'; readonly redirect: { readonly extensionPath: string } };
  readonly condition: {
    readonly resourceTypes: readonly ('main_frame' | 'sub_frame')[];
    readonly requestDomains?: readonly string[];
    readonly regexFilter?: string;
  };
}

export function blockedAppRules(patterns: readonly string[]): RedirectRule[] {
  return patterns.map((pattern, index) => ({
    id: BLOCKED_APP_RULE_BASE + index,
    priority: 1,
    action: { type: 'redirect', redirect: { extensionPath: `${BLOCKED_PAGE}#${encodeURIComponent(pattern)}` } },
    condition: {
      resourceTypes: ['main_frame', 'sub_frame'],
      // `requestDomains` covers a domain and all its subdomains, which is what `*.` means; a plain
      // hostname must match exactly, so it gets an anchored regex instead.
      ...(pattern.startsWith('*.')
        ? { requestDomains: [pattern.slice(2)] }
        : { regexFilter: `^[a-z]+://${escapeRegex(pattern)}(:[0-9]+)?/` }),
    },
  }));
}
