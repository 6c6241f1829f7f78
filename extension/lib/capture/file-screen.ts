/**
 * Screens files on their way into the page (upload input, paste, drop): text-like files up to
 * `maxFileScanBytes` are scanned like a prompt; the strictest verdict decides for the batch.
 */
import { stricter, type EnforcementAction } from '../../../shared/enforcement/decide';
import { canRedact, type Verdict } from '../../../shared/enforcement/verdict';
import type { CaptureTrigger } from '../../../shared/events/captured-event';
import { enforceHeld, type HeldOutcome } from '../enforcement/enforce-held';
import type { CaptureContext } from './capture-context';
import { fileMeta, isTextLike } from './file-text';

export interface ScreenedFile {
  readonly file: File;
  readonly text: string | null;
  readonly verdict: Verdict | null;
}

export const scannable = (ctx: CaptureContext, file: File): boolean =>
  isTextLike(file) && file.size <= ctx.config().maxFileScanBytes;

export async function screenFiles(ctx: CaptureContext, files: readonly File[]): Promise<ScreenedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (!scannable(ctx, file)) return { file, text: null, verdict: null };
      const text = await file.text();
      return { file, text, verdict: await ctx.verdictOf(text) };
    }),
  );
}

export function batchAction(screened: readonly ScreenedFile[]): EnforcementAction {
  return screened.reduce<EnforcementAction>((action, s) => stricter(action, s.verdict?.action ?? 'allow'), 'allow');
}

/** The same files with every flagged text file replaced by its redacted copy (same name/type). */
export function redactedFiles(screened: readonly ScreenedFile[]): File[] {
  return screened.map(({ file, text, verdict }) =>
    text !== null && verdict && verdict.redacted !== text
      ? new File([verdict.redacted], file.name, { type: file.type, lastModified: file.lastModified })
      : file,
  );
}

/** No action when nothing was held back: the worker then records what policy says. */
type FileOutcome = Partial<HeldOutcome>;

export function recordFiles(ctx: CaptureContext, screened: readonly ScreenedFile[], trigger: CaptureTrigger, outcome: FileOutcome): void {
  for (const { file, text } of screened) ctx.record({ text: text ?? '', trigger, file: fileMeta(file), ...outcome });
}

/**
 * Resolves what to let into the page: the original files, redacted copies, or nothing.
 * Shows the block or warn dialog as the batch's action requires (enforce-held.ts), and records the outcome.
 */
export async function resolveFiles(ctx: CaptureContext, screened: readonly ScreenedFile[], trigger: CaptureTrigger): Promise<File[] | null> {
  let allowed: File[] | null = null;
  await enforceHeld(
    ctx,
    {
      subject: 'upload',
      action: batchAction(screened),
      findings: screened.flatMap((s) => s.verdict?.findings ?? []),
      capped: screened.some((s) => s.verdict?.capped === true),
      // Redacting the batch replaces what it can in each file; no copy may come from a capped scan.
      redactable:
        screened.every((s) => s.verdict?.capped !== true) &&
        screened.some((s) => s.text !== null && s.verdict !== null && canRedact(s.verdict, s.text)),
    },
    {
      deliver: async (redacted) => ((allowed = redacted ? redactedFiles(screened) : screened.map((s) => s.file)), true),
      record: (outcome) => recordFiles(ctx, screened, trigger, outcome),
    },
  );
  return allowed;
}
