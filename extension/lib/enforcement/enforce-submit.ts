/**
 * Carries out a held submit's action (enforce-held.ts): block (explain, keep the text), redact
 * (rewrite the composer, then send exactly that), warn (ask; Edit / Redact and send / Send anyway).
 */
import { canRedact, type Verdict } from '../../../shared/enforcement/verdict';
import type { CaptureTrigger } from '../../../shared/events/captured-event';
import type { CaptureContext } from '../capture/capture-context';
import { enforceHeld } from './enforce-held';

export interface HeldSubmit {
  readonly composer: Element;
  readonly text: string;
  readonly trigger: CaptureTrigger;
  readonly verdict: Verdict;
  /** No worker verdict came in time; the fast layer decided. */
  readonly failClosed: boolean;
}

const focus = (composer: Element) => (composer instanceof HTMLElement ? composer.focus() : undefined);

export function enforceSubmit(ctx: CaptureContext, held: HeldSubmit): Promise<void> {
  const { composer, text, trigger, verdict, failClosed } = held;
  const { adapter } = ctx;
  return enforceHeld(
    ctx,
    {
      subject: 'prompt',
      action: verdict.action,
      findings: verdict.findings,
      text,
      capped: verdict.capped === true,
      redactable: canRedact(verdict, text),
      ...(failClosed ? { blockNote: 'timeout' as const } : {}),
    },
    {
      // Redacting rewrites the composer first, then sends exactly what it holds.
      deliver: async (redacted) => (!redacted || (await adapter.writeText(composer, verdict.redacted))) && adapter.submit(composer),
      // What the fast layer stopped or rewrote alone is marked so, apart from the worker's decisions.
      record: (outcome) =>
        ctx.record({ text, trigger, ...outcome, ...(failClosed && (outcome.action === 'block' || outcome.action === 'redact') ? { choice: 'fail-closed' as const } : {}) }),
      kept: () => focus(composer),
    },
  );
}
