import { browser } from 'wxt/browser';

/**
 * Reads `storage.managed`. Firefox rejects when no policy exists for the add-on, and Chrome when
 * the manifest has no managed schema; both mean "nothing managed", not an error to surface.
 */
export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get()) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}
