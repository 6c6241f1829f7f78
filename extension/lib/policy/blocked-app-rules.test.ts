import { describe, expect, test } from 'vitest';
import { BLOCKED_APP_RULE_BASE, blockedAppRules } from './blocked-app-rules';

/** Evaluates a rule's condition the way the browser does, for the two condition kinds we emit. */
function blocks(rule: ReturnType<typeof blockedAppRules>[number], url: string): boolean {
  const { hostname } = new URL(url);
  const { requestDomains, regexFilter } = rule.condition;
  if (requestDomains) return requestDomains.some((d) => hostname === d || hostname.endsWith(`.${d}`));
  return new RegExp(regexFilter ?? '$^').test(url);
}

describe('blockedAppRules', () => {
  const [exact, wildcard] = blockedAppRules(['chat.deepseek.com', '*.example-ai.com']);

  test('numbers rules from the blocked-app base and redirects to the explanation page', () => {
    expect(exact?.id).toBe(BLOCKED_APP_RULE_BASE);
    expect(wildcard?.id).toBe(BLOCKED_APP_RULE_BASE + 1);
    expect(wildcard?.action.redirect.extensionPath).toBe('/blocked.html#*.example-ai.com');
  });

  test.each([
    ['https://chat.deepseek.com/', true],
    ['https://chat.deepseek.com:8443/a?b', true],
    ['https://deepseek.com/', false],
    ['https://x.chat.deepseek.com/', false],
    ['https://chat.deepseek.com.evil.test/', false],
    ['https://chatXdeepseek.com/', false],
  ])('exact host rule: %s blocked=%s', (url, expected) => {
    expect(blocks(exact!, url)).toBe(expected);
  });

  test.each([
    ['https://example-ai.com/', true],
    ['https://app.example-ai.com/chat', true],
    ['https://example-ai.com.evil.test/', false],
  ])('wildcard rule: %s blocked=%s', (url, expected) => {
    expect(blocks(wildcard!, url)).toBe(expected);
  });

  test('no patterns, no rules', () => {
    expect(blockedAppRules([])).toEqual([]);
  });
});
