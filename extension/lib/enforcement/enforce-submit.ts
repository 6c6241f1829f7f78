/**
 * Carries out a held submit's action: block (explain, keep the text), redact (rewrite the
 * composer, then send exactly that), warn (ask; Edit / Redact and send / Send anyway).
 */
import type { Verdict } from '../../../shared/enforcement/verdict';
import type { CaptureChoice, CaptureTrigger } from '../../../shared/events/captured-event';
import type { CaptureContext } from '../capture/capture-context';
import { showDialog } from '../ui/dialog';
import { STRINGS } from '../ui/strings';

export interface HeldSubmit {
  readonly composer: Element;
  readonly text: string;
  readonly trigger: CaptureTrigger;
  readonly verdict: Verdict;
  /** No worker verdict came in time; the fast layer decided. */
  readonly failClosed: boolean;
}

const focus = (composer: Element) => (composer instanceof HTMLElement ? composer.focus() : undefined);

/**
 * Whether `verdict.redacted` may be sent. A capped verdict's scan stopped at a findings budget,
 * so its redacted text can still hold real values: `decide` already turns its redact into block,
 * and this keeps every path here (a fail-closed verdict, the warn dialog) from sending it anyway.
 */
const redactable = (verdict: Verdict, text: string): boolean => verdict.capped !== true && verdict.redacted !== text;

/** Why the prompt stopped, when the dialog should say more than its findings. */
function blockNote(held: HeldSubmit): string | undefined {
  if (held.failClosed) return STRINGS.failClosedNote;
  return held.verdict.capped === true ? STRINGS.cappedNote : undefined;
}

async function block(ctx: CaptureContext, held: HeldSubmit, note?: string): Promise<void> {
  const { noticeUrl } = ctx.config();
  await showDialog({
    kind: 'block',
    subject: 'prompt',
    findings: held.verdict.findings,
    text: held.text,
    noticeUrl,
    ...(note ? { note } : {}),
  });
  focus(held.composer);
}

/** Rewrites the composer with the redacted text and sends it; false when the editor refused. */
async function redactAndSend(ctx: CaptureContext, held: HeldSubmit): Promise<boolean> {
  const { adapter } = ctx;
  if (!(await adapter.writeText(held.composer, held.verdict.redacted))) return false;
  return adapter.submit(held.composer);
}

export async function enforceSubmit(ctx: CaptureContext, held: HeldSubmit): Promise<void> {
  const { text, trigger, verdict } = held;
  const failClosed: { choice?: CaptureChoice } = held.failClosed ? { choice: 'fail-closed' } : {};
  const note = blockNote(held);
  switch (verdict.action) {
    case 'allow':
    case 'monitor':
      ctx.record({ text, trigger, action: verdict.action });
      await ctx.adapter.submit(held.composer);
      return;
    case 'block':
      ctx.record({ text, trigger, action: 'block', ...failClosed });
      return block(ctx, held, note);
    case 'redact':
      if (verdict.capped === true) {
        ctx.record({ text, trigger, action: 'block', ...failClosed });
        return block(ctx, held, STRINGS.cappedNote);
      }
      if (await redactAndSend(ctx, held)) {
        ctx.record({ text, trigger, action: 'redact', ...failClosed });
        return;
      }
      ctx.record({ text, trigger, action: 'block', ...failClosed });
      return block(ctx, held, STRINGS.redactFailed);
    case 'warn': {
      const result = await showDialog({
        kind: 'warn',
        subject: 'prompt',
        findings: verdict.findings,
        text,
        canRedact: redactable(verdict, text),
        requireJustification: ctx.config().requireJustification,
      });
      const choice: CaptureChoice = result.choice === 'reload' ? 'dismissed' : result.choice;
      ctx.record({ text, trigger, action: 'warn', choice, ...(result.justification ? { justification: result.justification } : {}) });
      if (choice === 'send-anyway') await ctx.adapter.submit(held.composer);
      else if (choice === 'redact' && !(await redactAndSend(ctx, held))) await block(ctx, held, STRINGS.redactFailed);
      else focus(held.composer);
    }
  }
}
