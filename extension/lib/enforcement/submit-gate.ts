/**
 * The decision at submit, synchronous in the common case: the verdict for the exact composer
 * text is already known (computed while typing), so a clean prompt passes with one Map lookup.
 * Without a verdict, monitor mode sends at once; the other modes hold the submit for at most
 * HOLD_LIMIT_MS for the worker, then let the fast pattern layer decide (fail closed only on
 * high/critical findings).
 */
import type { CaptureTrigger } from '../../../shared/events/captured-event';
import type { CaptureContext } from '../capture/capture-context';
import type { SubmitDecision, SubmitListener } from '../capture/submit-capture';
import { enforceSubmit } from './enforce-submit';

/** The budget for waiting on the worker when no verdict is ready (paste then Enter). */
export const HOLD_LIMIT_MS = 300;

export function createSubmitGate(ctx: CaptureContext): SubmitListener {
  // While a held submit is being resolved (or its dialog is open), further submits wait for it.
  let busy = false;
  const run = (work: () => Promise<void>): SubmitDecision => {
    busy = true;
    void work()
      .catch((error: unknown) => console.warn('[Sightline] enforcement failed:', error))
      .finally(() => (busy = false));
    return 'hold';
  };

  const held = async (composer: Element, text: string, trigger: CaptureTrigger) => {
    const worker = await ctx.cache.fetchWithin(text, HOLD_LIMIT_MS);
    const verdict = worker ?? ctx.localVerdict(text);
    await enforceSubmit(ctx, { composer, text, trigger, verdict, failClosed: worker === null });
  };

  return (composer, text, trigger) => {
    if (busy) return 'hold';
    if (ctx.transport.orphaned()) {
      // No worker, no recording, no dialog to load: stop what the fast layer finds risky and say
      // why in the content script's own notice (ui-loader/fallback-notice.ts).
      return ctx.localVerdict(text).action === 'allow' ? 'pass' : run(() => ctx.ui.orphaned());
    }
    const verdict = ctx.cache.get(text);
    if (verdict) {
      if (verdict.action !== 'allow' && verdict.action !== 'monitor') {
        return run(() => enforceSubmit(ctx, { composer, text, trigger, verdict, failClosed: false }));
      }
      ctx.record({ text, trigger, action: verdict.action });
      return 'pass';
    }
    if (ctx.config().mode === 'monitor') {
      ctx.record({ text, trigger });
      return 'pass';
    }
    return run(() => held(composer, text, trigger));
  };
}
