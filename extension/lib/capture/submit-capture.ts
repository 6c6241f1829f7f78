/**
 * Sees a prompt at the moment the user submits it: Enter without Shift in the composer, a click
 * on the send control, or a form submit. Listeners sit on `window` in the capture phase so they
 * run before the page's own handlers, whatever the page does with propagation. The listener
 * decides synchronously: `pass` lets the page send untouched; `hold` stops the event before any
 * page handler sees it (the gate re-sends through the adapter later, or not at all).
 */
import type { CaptureTrigger } from '../../../shared/events/captured-event';
import { isBypassed } from '../sites/bypass';
import { timed } from './test-timings';
import { composerContaining, findComposer, isDisabledControl, sendControlContaining, type SiteAdapter } from '../sites/site-adapter';

export type SubmitDecision = 'pass' | 'hold';
export type SubmitListener = (composer: Element, text: string, trigger: CaptureTrigger) => SubmitDecision;

/** keyCode browsers report for keys that belong to an IME composition. */
const IME_PROCESS_KEY = 229;

/** Installs the listeners; returns a function that removes them. */
export function installSubmitCapture(win: Window, adapter: SiteAdapter, onSubmit: SubmitListener): () => void {
  const gate = timed('submit', (event: Event, composer: Element | null, trigger: CaptureTrigger) => {
    if (!composer || isBypassed()) return;
    const text = adapter.readText(composer);
    if (!/\S/.test(text) || onSubmit(composer, text, trigger) === 'pass') return;
    event.preventDefault();
    event.stopImmediatePropagation();
  });

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === IME_PROCESS_KEY) return;
    gate(event, composerContaining(adapter, event.target as Node | null), 'enter');
  };
  const onClick = (event: MouseEvent) => {
    const control = sendControlContaining(adapter, event.target as Node | null);
    if (!control || isDisabledControl(control)) return;
    gate(event, findComposer(adapter, win.document), 'send-button');
  };
  const onFormSubmit = (event: Event) => {
    const form = event.target;
    if (form instanceof Element) gate(event, findComposer(adapter, form), 'form-submit');
  };

  win.addEventListener('keydown', onKeydown, { capture: true });
  win.addEventListener('click', onClick, { capture: true });
  win.addEventListener('submit', onFormSubmit, { capture: true });
  return () => {
    win.removeEventListener('keydown', onKeydown, { capture: true });
    win.removeEventListener('click', onClick, { capture: true });
    win.removeEventListener('submit', onFormSubmit, { capture: true });
  };
}
