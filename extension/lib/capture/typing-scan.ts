/**
 * Keeps a verdict ready for the composer text. The keystroke handler only restarts a timer (it
 * must stay far below a frame); the text is read and sent to the worker once typing pauses.
 */
import { composerContaining, type SiteAdapter } from '../sites/site-adapter';
import { timed } from './test-timings';
import { TYPING_DEBOUNCE_MS, type VerdictCache } from './verdict-cache';

export function installTypingScan(win: Window, adapter: SiteAdapter, cache: VerdictCache): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let composer: Element | null = null;

  const scanNow = () => {
    timer = undefined;
    if (!composer?.isConnected) return;
    const text = adapter.readText(composer);
    if (text.trim() !== '') void cache.fetch(text);
  };

  const onInput = timed('keystroke', (event: Event) => {
    const target = composerContaining(adapter, event.target as Node | null);
    if (!target) return;
    composer = target;
    clearTimeout(timer);
    timer = setTimeout(scanNow, TYPING_DEBOUNCE_MS);
  });

  win.addEventListener('input', onInput, { capture: true });
  return () => {
    clearTimeout(timer);
    win.removeEventListener('input', onInput, { capture: true });
  };
}

/** Scans whatever a (re-)rendered composer already holds: a restored draft, an SPA route change. */
export function scanComposer(adapter: SiteAdapter, composer: Element, cache: VerdictCache): void {
  const text = adapter.readText(composer);
  if (text.trim() !== '') void cache.fetch(text);
}
