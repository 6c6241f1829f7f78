/**
 * Gets the in-page dialog (entrypoints/content-ui.ts) into this content script's world on demand:
 * the worker injects it into exactly this frame (`ui/load`), and it registers under `UI_KEY`.
 * One request per content script, shared by every caller; a failed or late load resolves null
 * (the caller shows the fallback notice) and the next call asks again.
 */
import { timedAsync } from '../capture/test-timings';
import { UI_KEY, type InPageUi, type UiScope } from '../ui/dialog-request';

/**
 * How long a dialog may wait for the UI before the fallback notice shows instead. An injection
 * into a live worker takes tens of ms; waking an evicted worker on a loaded two-core machine takes
 * up to ~1 s (the NLP cold start measures 0.4–1 s there). Past this the worker is stalled, and the
 * page, which has already decided, says so itself.
 */
export const UI_LOAD_LIMIT_MS = 2_000;

export type UiLoader = () => Promise<InPageUi | null>;

/** `request` asks the worker to inject the UI and settles once it has run (or failed). */
export function createUiLoader(request: () => Promise<unknown>, scope: UiScope = globalThis as UiScope, limitMs = UI_LOAD_LIMIT_MS): UiLoader {
  let loading: Promise<InPageUi | null> | null = null;
  // Timed in test builds: the e2e suite reports what a dialog that was not prefetched waits.
  const attempt = timedAsync('ui-load', async (): Promise<InPageUi | null> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, limitMs, null)));
    // What sits under the key before our request may be an orphaned predecessor's UI: not ours to use.
    delete scope[UI_KEY];
    const injected = request().then(
      () => scope[UI_KEY] ?? null,
      (error: unknown) => (console.warn('[Sightline] could not load the dialog:', error), null),
    );
    const ui = await Promise.race([injected, late]);
    clearTimeout(timer);
    if (ui === null) loading = null;
    return ui;
  });
  return () => (loading ??= attempt());
}
