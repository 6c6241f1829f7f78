/**
 * Chatbot SPAs render the composer late and re-render it on every route change. Listeners sit
 * on `window`, so nothing needs re-binding; what changes is the composer element, which may
 * arrive holding a restored draft. This watcher notices a new composer and reports it once.
 */
import { findComposer, type SiteAdapter } from '../sites/site-adapter';

/** Coalesces bursts of mutations (streamed answers) into one lookup. */
const CHECK_DELAY_MS = 100;

export function watchComposer(win: Window, adapter: SiteAdapter, onComposer: (composer: Element) => void): () => void {
  let current: Element | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const composer = findComposer(adapter, win.document);
    if (composer && composer !== current) onComposer(composer);
    current = composer;
  };
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(check, CHECK_DELAY_MS);
  });
  observer.observe(win.document, { childList: true, subtree: true });
  check();
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
