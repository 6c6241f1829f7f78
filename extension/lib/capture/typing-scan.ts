/**
 * Keeps a verdict ready for the composer text. The keystroke handler only restarts a timer (it
 * must stay far below a frame); the text is read and sent to the worker once typing pauses.
 *
 * `input` events alone miss changes: rich-text editors insert pastes, drops and IME/`insertText`
 * input through their own model and cancel the native edit (Lexical and ProseMirror do), so no
 * `input` fires. A MutationObserver on the composer sees every change to its DOM, whoever made
 * it; a textarea's value is not DOM, but its edits always fire `input`.
 *
 * A verdict that would hold the prompt calls `onHeld`: the dialog loads while the user is still
 * typing, so it is usually ready at submit, and a page that stays clean never loads it.
 */
import type { Verdict } from '../../../shared/enforcement/verdict';
import { composerContaining, type SiteAdapter } from '../sites/site-adapter';
import { timed } from './test-timings';
import { TYPING_DEBOUNCE_MS, type VerdictCache } from './verdict-cache';

export interface TypingScan {
  /** Scans what a (re-)rendered composer already holds (a restored draft) and follows its edits. */
  watch(composer: Element): void;
  dispose(): void;
}

/** A background read of a large rich-text composer yields to the page this often (ms). */
export const READ_SLICE_MS = 4;

/** Actions that stop a submit for a dialog (redact only when it fails, which is rare). */
const holds = (verdict: Verdict | null) => verdict?.action === 'warn' || verdict?.action === 'block';

export function installTypingScan(win: Window, adapter: SiteAdapter, cache: VerdictCache, onHeld: () => void = () => undefined): TypingScan {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let composer: Element | null = null;
  /** Bumped on every change: a read in progress for an older text gives up. */
  let generation = 0;

  const scanNow = timed('typing-scan', async () => {
    timer = undefined;
    const target = composer;
    if (!target?.isConnected) return;
    const at = generation;
    const text = await adapter.readTextInSlices(target, READ_SLICE_MS, () => generation !== at || !target.isConnected);
    if (text !== null && /\S/.test(text)) void cache.fetch(text).then((verdict) => holds(verdict) && onHeld());
  });
  const changed = (target: Element) => {
    generation++;
    composer = target;
    clearTimeout(timer);
    timer = setTimeout(scanNow, TYPING_DEBOUNCE_MS);
  };

  const onInput = timed('keystroke', (event: Event) => {
    const target = composerContaining(adapter, event.target as Node | null);
    if (target) changed(target);
  });
  let watched: Element | null = null;
  const observer = new MutationObserver(
    timed('mutation', () => {
      if (watched) changed(watched);
    }),
  );

  win.addEventListener('input', onInput, { capture: true });
  return {
    watch(target) {
      observer.disconnect();
      watched = target;
      if (!(target instanceof HTMLTextAreaElement)) observer.observe(target, { childList: true, characterData: true, subtree: true });
      composer = target;
      void scanNow();
    },
    dispose() {
      clearTimeout(timer);
      observer.disconnect();
      win.removeEventListener('input', onInput, { capture: true });
    },
  };
}
