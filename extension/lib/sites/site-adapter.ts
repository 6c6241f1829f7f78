import type { SiteId } from '../../../shared/sites/known-sites';

/**
 * Everything Sightline knows about one chatbot's page. Selector lists are tried in order; each
 * entry says which version of the site it matches, because chatbot DOMs change every few months.
 */
export interface SiteAdapter {
  readonly id: SiteId;
  /** The element the user types the prompt into. */
  readonly composerSelectors: readonly string[];
  /** The control that sends the prompt. */
  readonly sendSelectors: readonly string[];
  /** File inputs the site uploads from (hidden ones included). */
  readonly fileInputSelectors: readonly string[];
  /** Reads the prompt as the site will send it. */
  readText(composer: Element): string;
  /**
   * `readText` for a read in the background: a large rich-text composer is walked in slices of
   * about `sliceMs`, each in its own task. Null when `stale()` turns true between two slices.
   */
  readTextInSlices(composer: Element, sliceMs: number, stale: () => boolean): Promise<string | null>;
  /**
   * Replaces the whole prompt through the editor's own input path, so the editor's model (not
   * just its DOM) holds `text`. Resolves true once the composer reads back exactly `text`.
   */
  writeText(composer: Element, text: string): Promise<boolean>;
  /** Inserts text at the caret as a paste would (used to let a screened paste through). */
  insertText(composer: Element, text: string): Promise<boolean>;
  /**
   * Sends what the composer holds, the way the user would. Re-dispatched key events are
   * untrusted and many apps ignore them, so a held submit is always re-sent through this.
   */
  submit(composer: Element): Promise<boolean>;
  /** Fixture pages under e2e/fixtures/sites/ that this adapter is tested on. */
  readonly fixtures: readonly string[];
}

function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function closestMatch(node: Node | null, selectors: readonly string[]): Element | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!element) return null;
  for (const selector of selectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return null;
}

export const findComposer = (adapter: SiteAdapter, root: ParentNode): Element | null =>
  firstMatch(root, adapter.composerSelectors);

export const findSendControl = (adapter: SiteAdapter, root: ParentNode): Element | null =>
  firstMatch(root, adapter.sendSelectors);

/** The composer that contains `node`, if any. */
export const composerContaining = (adapter: SiteAdapter, node: Node | null): Element | null =>
  closestMatch(node, adapter.composerSelectors);

/** The send control that contains `node`, if any. */
export const sendControlContaining = (adapter: SiteAdapter, node: Node | null): Element | null =>
  closestMatch(node, adapter.sendSelectors);

export const isDisabledControl = (control: Element): boolean => control.matches(':disabled, [aria-disabled="true"]');
