/**
 * Screens files on their way into the page (upload input, paste, drop): text-like files up to
 * `maxFileScanBytes` are scanned like a prompt; the strictest verdict decides for the batch.
 */
import { stricter, type EnforcementAction } from '../../../shared/enforcement/decide';
import type { Verdict, VerdictFinding } from '../../../shared/enforcement/verdict';
import type { CaptureTrigger } from '../../../shared/events/captured-event';
import { showDialog } from '../ui/dialog';
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

interface FileOutcome {
  /** Absent when nothing was held back: the worker then records what policy says. */
  readonly action?: EnforcementAction;
  readonly choice?: 'edit' | 'redact' | 'send-anyway' | 'dismissed';
  readonly justification?: string;
}

export function recordFiles(ctx: CaptureContext, screened: readonly ScreenedFile[], trigger: CaptureTrigger, outcome: FileOutcome): void {
  for (const { file, text } of screened) ctx.record({ text: text ?? '', trigger, file: fileMeta(file), ...outcome });
}

/**
 * Resolves what to let into the page: the original files, redacted copies, or nothing.
 * Shows the block or warn dialog as the batch's action requires, and records the outcome.
 */
export async function resolveFiles(ctx: CaptureContext, screened: readonly ScreenedFile[], trigger: CaptureTrigger): Promise<File[] | null> {
  const action = batchAction(screened);
  const findings: VerdictFinding[] = screened.flatMap((s) => s.verdict?.findings ?? []);
  switch (action) {
    case 'allow':
    case 'monitor':
      recordFiles(ctx, screened, trigger, { action });
      return screened.map((s) => s.file);
    case 'redact':
      recordFiles(ctx, screened, trigger, { action });
      return redactedFiles(screened);
    case 'block':
      recordFiles(ctx, screened, trigger, { action });
      await showDialog({ kind: 'block', subject: 'upload', findings, noticeUrl: ctx.config().noticeUrl });
      return null;
    case 'warn': {
      const result = await showDialog({
        kind: 'warn',
        subject: 'upload',
        findings,
        // A capped verdict's redacted copy would still carry the values past the findings budget.
        canRedact: screened.every((s) => s.verdict?.capped !== true),
        requireJustification: ctx.config().requireJustification,
      });
      const choice = result.choice === 'reload' ? 'dismissed' : result.choice;
      recordFiles(ctx, screened, trigger, { action, choice, ...(result.justification ? { justification: result.justification } : {}) });
      if (choice === 'send-anyway') return screened.map((s) => s.file);
      return choice === 'redact' ? redactedFiles(screened) : null;
    }
  }
}
