/**
 * A browser that starts without Sightline, so a chatbot tab can be open before the extension is
 * installed. `install` then loads the test build through the DevTools protocol
 * (`Extensions.loadUnpacked`, which Chromium offers only over the pipe Playwright launches it
 * with, and only with --enable-unsafe-extension-debugging), as an install from the store or by
 * policy would: the worker starts and gets `runtime.onInstalled` with reason `install`.
 */
import type { Browser, BrowserContext } from '@playwright/test';
import { EXTENSION_DIR, launchChromium, removeProfile } from '../launch';
import { EXTENSION_ID } from '../managed-policy';
import { ExtensionSession } from './extension-session';

export class LateInstallBrowser {
  private session: ExtensionSession | undefined;

  private constructor(
    readonly context: BrowserContext,
    private readonly profile: string,
  ) {}

  static async launch(): Promise<LateInstallBrowser> {
    const { context, profile } = await launchChromium({ extension: false });
    return new LateInstallBrowser(context, profile);
  }

  /**
   * Installs the test build now, or (called again) updates it in place from the same folder, as
   * a store update does: same ID, `onInstalled` with reason `update`, and every content script
   * already in a page is orphaned. Resolves once the new worker runs.
   *
   * (`runtime.reload()` cannot stand in for an update here: Chromium 156 leaves an extension
   * loaded from the command line disabled after it reloads itself.)
   */
  async install(): Promise<ExtensionSession> {
    // Playwright hides the Browser of a persistent context (`context.browser()` is null), but
    // the browser-level DevTools session lives there; its object is the context's parent.
    const browser = (this.context as unknown as { _parent?: Browser })._parent;
    if (typeof browser?.newBrowserCDPSession !== 'function') {
      throw new Error('Playwright no longer exposes the browser of a persistent context; update LateInstallBrowser.install');
    }
    const before = new Set(this.context.serviceWorkers());
    const started = this.context.waitForEvent('serviceworker', { predicate: (w) => !before.has(w), timeout: 20_000 });
    const cdp = await browser.newBrowserCDPSession();
    const { id } = await cdp.send('Extensions.loadUnpacked', { path: EXTENSION_DIR });
    await cdp.detach();
    if (id !== EXTENSION_ID) throw new Error(`installed as ${id}, expected the pinned ${EXTENSION_ID}`);
    await started;
    this.session ??= await ExtensionSession.adopt(this.context, this.profile);
    await this.session.liveWorker();
    return this.session;
  }

  async close(): Promise<void> {
    await this.context.close();
    removeProfile(this.profile);
  }
}
