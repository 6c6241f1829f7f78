import { browser } from 'wxt/browser';

/**
 * Firefox MV3 treats host permissions as optional: users can revoke them in the add-ons manager,
 * and then no content script runs. The popup says so instead of silently capturing nothing.
 */
export function hasHostAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: ['<all_urls>'] });
}
