/**
 * Chrome runs content scripts only in pages loaded after install, so tabs already open on a
 * chatbot when Sightline is installed or updated would go unprotected until reloaded. On
 * install/update the worker injects each manifest content script into the matching open tabs.
 * The scripts are idempotent (they mark the window), so a tab that already has one is unharmed.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

declare const __SIGHTLINE_TEST_HOOKS__: boolean;
/**
 * Test builds only: while this `storage.local` key is set, an update leaves open tabs alone, so
 * the e2e suite can meet the orphaned content script an update leaves behind when injection is
 * impossible (a tab the `scripting` API may not touch). Shipped builds compile the check away.
 */
export const SKIP_INJECTION_TEST_KEY = 'sightline.test.skipOpenTabInjection';

async function skippedByTest(): Promise<boolean> {
  if (!__SIGHTLINE_TEST_HOOKS__) return false;
  return Boolean((await browser.storage.local.get(SKIP_INJECTION_TEST_KEY))[SKIP_INJECTION_TEST_KEY]);
}

export function injectIntoOpenTabs(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    void injectAll();
  });
}

export async function injectAll(): Promise<void> {
  if (await skippedByTest()) return;
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    // Paths come from our own manifest, so they are the built content-script files.
    const files = (script.js ?? []) as ScriptPublicPath[];
    if (files.length === 0 || !script.matches?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined || tab.discarded) return;
        // A tab can close or navigate to an error page meanwhile; that tab simply stays as it is.
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files }).catch(() => undefined);
      }),
    );
  }
}
