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
  /** Reads the prompt as the site will send it. */
  readText(composer: Element): string;
  /** Fixture pages under e2e/fixtures/sites/ that this adapter is tested on. */
  readonly fixtures: readonly string[];
}

export function findComposer(adapter: SiteAdapter, root: ParentNode): Element | null {
  for (const selector of adapter.composerSelectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The composer that contains `node`, if any. */
export function composerContaining(adapter: SiteAdapter, node: Node | null): Element | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!element) return null;
  for (const selector of adapter.composerSelectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return null;
}

/** The send control that contains `node`, if any. */
export function sendControlContaining(adapter: SiteAdapter, node: Node | null): Element | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!element) return null;
  for (const selector of adapter.sendSelectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return null;
}
