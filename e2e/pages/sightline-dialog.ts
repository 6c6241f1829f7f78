/**
 * Sightline's in-page dialog lives in a closed shadow root, which Playwright's selectors do not
 * enter (by design: neither can the page). The test reaches it through the DevTools protocol,
 * which sees closed roots, and clicks with the real mouse at the button's position. The content
 * script's own fallback notice (orphaned script, dialog not loaded) is reached the same way.
 */
import type { CDPSession, Page } from '@playwright/test';

/** The dialog's host element (ui/dialog.ts) and the fallback notice's (ui-loader/fallback-notice.ts). */
export type SightlineHost = 'sightline-dialog' | 'sightline-notice';

export class SightlineDialog {
  private session: CDPSession | null = null;

  constructor(
    readonly page: Page,
    readonly hostTag: SightlineHost = 'sightline-dialog',
  ) {}

  /** The content script's fallback notice. */
  static notice(page: Page): SightlineDialog {
    return new SightlineDialog(page, 'sightline-notice');
  }

  get host() {
    return this.page.locator(this.hostTag);
  }

  private async cdp(): Promise<CDPSession> {
    this.session ??= await this.page.context().newCDPSession(this.page);
    return this.session;
  }

  /** Runs `fn` with `this` bound to the dialog's shadow root. */
  private async onRoot<T>(fn: string): Promise<T> {
    const cdp = await this.cdp();
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = findHost(root, this.hostTag);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error('no Sightline dialog is open');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
    return result.value as T;
  }

  text(): Promise<string> {
    return this.onRoot<string>('function () { return this.querySelector("[role]").textContent; }');
  }

  role(): Promise<string | null> {
    return this.onRoot<string | null>('function () { return this.querySelector("[role]").getAttribute("role"); }');
  }

  /** Where the dialog's policy link points, or null without one. */
  linkHref(): Promise<string | null> {
    return this.onRoot<string | null>('function () { return this.querySelector("a")?.getAttribute("href") ?? null; }');
  }

  /** Types into the justification field with real key events (clicked first, as a user would). */
  async justify(text: string): Promise<void> {
    await this.clickAt('#justification');
    await this.page.keyboard.type(text);
  }

  /** Whether the button labelled `label` is disabled. */
  isDisabled(label: string): Promise<boolean> {
    return this.onRoot<boolean>(`function () {
      return [...this.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(label)})?.disabled ?? false;
    }`);
  }

  private async clickAt(selector: string): Promise<void> {
    const box = await this.onRoot<{ x: number; y: number } | null>(`function () {
      const r = this.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    }`);
    if (!box) throw new Error(`no ${selector} in the dialog`);
    await this.page.mouse.click(box.x, box.y);
  }

  /** Clicks the button labelled `label` with a real mouse click. */
  async click(label: string): Promise<void> {
    const box = await this.onRoot<{ x: number; y: number } | null>(`function () {
      const b = [...this.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(label)});
      if (!b) return null;
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }`);
    if (!box) throw new Error(`no "${label}" button in the dialog`);
    await this.page.mouse.click(box.x, box.y);
  }
}

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findHost(node: DomNode, tag: string): DomNode | null {
  if (node.nodeName.toLowerCase() === tag) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child, tag);
    if (found) return found;
  }
  return null;
}
