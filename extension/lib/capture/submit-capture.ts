/**
 * Sees a prompt at the moment the user submits it: Enter without Shift in the composer, a click
 * on the send control, or a form submit. Listeners sit on `window` in the capture phase so they
 * run before the page's own handlers, whatever the page does with propagation.
 */
import type { CaptureTrigger } from '../../../shared/events/captured-event';
import { composerContaining, findComposer, sendControlContaining, type SiteAdapter } from '../sites/site-adapter';

export type SubmitListener = (text: string, trigger: CaptureTrigger) => void;

/** keyCode browsers report for keys that belong to an IME composition. */
const IME_PROCESS_KEY = 229;
const INSTALLED = Symbol.for('sightline.submit-capture');

type Marked = Window & { [INSTALLED]?: true };

/** Installs the listeners once per window, even if the script is injected twice. */
export function installSubmitCapture(win: Window, adapter: SiteAdapter, onSubmit: SubmitListener): boolean {
  const marked = win as Marked;
  if (marked[INSTALLED]) return false;
  marked[INSTALLED] = true;

  const emit = (composer: Element | null, trigger: CaptureTrigger) => {
    if (!composer) return;
    const text = adapter.readText(composer);
    if (text.trim() !== '') onSubmit(text, trigger);
  };

  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === IME_PROCESS_KEY) return;
      emit(composerContaining(adapter, event.target as Node | null), 'enter');
    },
    { capture: true },
  );
  win.addEventListener(
    'click',
    (event) => {
      const control = sendControlContaining(adapter, event.target as Node | null);
      if (!control || control.matches(':disabled, [aria-disabled="true"]')) return;
      emit(findComposer(adapter, win.document), 'send-button');
    },
    { capture: true },
  );
  win.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (form instanceof Element) emit(findComposer(adapter, form), 'form-submit');
    },
    { capture: true },
  );
  return true;
}
