/**
 * The one path from a held action to what the page gets, for prompts, pastes and files alike:
 * allow/monitor let the original through, block explains and lets nothing through, redact lets
 * the redacted version through, warn asks (Edit / Redact and … / … anyway). What "let through"
 * means (submit the composer, insert the text, hand over the files) is the caller's `deliver`.
 */
import type { EnforcementAction } from '../../../shared/enforcement/decide';
import type { VerdictFinding } from '../../../shared/enforcement/verdict';
import type { CaptureContext } from '../capture/capture-context';
import type { DialogChoice, NoteKey, Subject } from '../ui/dialog-request';

export interface HeldAction {
  readonly subject: Subject;
  readonly action: EnforcementAction;
  readonly findings: readonly VerdictFinding[];
  /** The text the findings index into, for the dialog's highlighted context (absent for files). */
  readonly text?: string;
  /**
   * Some value was never read (a capped verdict): the redacted version must not go out, so
   * `redact` blocks instead. `decide` already does so for the worker's verdicts; a fail-closed
   * verdict is decided without it.
   */
  readonly capped: boolean;
  /** Whether warn offers "Redact and …" (`canRedact` in shared/enforcement/verdict.ts). */
  readonly redactable: boolean;
  /** Why a block stopped it when its findings do not say (default: the capped note when capped). */
  readonly blockNote?: NoteKey;
}

/** What the user chose in the warn dialog; closing it without a choice counts as dismissed. */
export type WarnChoice = Exclude<DialogChoice, 'reload'>;

export interface HeldOutcome {
  readonly action: EnforcementAction;
  readonly choice?: WarnChoice;
  readonly justification?: string;
}

export interface HeldEffects {
  /** Lets the redacted version (`true`) or the original through; false when the page refused it. */
  deliver(redacted: boolean): Promise<boolean>;
  record(outcome: HeldOutcome): void;
  /** After a dialog that let nothing through (a prompt puts the focus back in its composer). */
  kept?(): void;
}

export async function enforceHeld(ctx: CaptureContext, held: HeldAction, effects: HeldEffects): Promise<void> {
  const { subject, findings, text } = held;
  const preview = text === undefined ? {} : { text };
  /** Shows why nothing went out. */
  const explain = async (note: NoteKey | undefined) => {
    await ctx.ui.show({ kind: 'block', subject, findings, ...preview, noticeUrl: ctx.config().noticeUrl, ...(note ? { note } : {}) });
    effects.kept?.();
  };
  const block = (note = held.blockNote ?? (held.capped ? 'capped' : undefined)) => {
    effects.record({ action: 'block' });
    return explain(note);
  };
  switch (held.action) {
    case 'allow':
    case 'monitor':
      effects.record({ action: held.action });
      await effects.deliver(false);
      return;
    case 'block':
      return block();
    case 'redact':
      if (held.capped) return block('capped');
      if (await effects.deliver(true)) return effects.record({ action: 'redact' });
      return block('redactFailed');
    case 'warn': {
      const result = await ctx.ui.show({
        kind: 'warn',
        subject,
        findings,
        ...preview,
        canRedact: held.redactable,
        requireJustification: ctx.config().requireJustification,
      });
      const choice: WarnChoice = result.choice === 'reload' ? 'dismissed' : result.choice;
      effects.record({ action: 'warn', choice, ...(result.justification ? { justification: result.justification } : {}) });
      if (choice === 'send-anyway') await effects.deliver(false);
      else if (choice !== 'redact') effects.kept?.();
      else if (!(await effects.deliver(true))) await explain('redactFailed');
    }
  }
}
