/**
 * Pastes and drops into the composer. A paste cannot be paused, so the decision must be
 * synchronous or the paste is taken over:
 *  - monitor mode, or a short clean text (fast layer, synchronous): the page pastes as usual;
 *  - otherwise the native paste is cancelled, the worker scans the text, and Sightline inserts
 *    the original (clean / "paste anyway"), the redacted text, or nothing (block / edit).
 * Long texts always take the second path, so a 200 KB paste never runs a scan on the main thread.
 * Files in the clipboard or the drop are screened like uploads.
 */
import { canRedact } from '../../../shared/enforcement/verdict';
import type { CaptureTrigger } from '../../../shared/events/captured-event';
import { enforceHeld } from '../enforcement/enforce-held';
import { bypassed, isBypassed } from '../sites/bypass';
import { composerContaining } from '../sites/site-adapter';
import type { CaptureContext } from './capture-context';
import { recordFiles, resolveFiles, scannable, screenFiles } from './file-screen';
import { timed } from './test-timings';

/** Up to this length the fast layer screens a paste synchronously (about 1 ms; see README). */
export const SYNC_PASTE_SCAN_CHARS = 16 * 1024;

/**
 * Posting the text to the worker serialises it (about 10 ms for 200 KB on a loaded machine), so
 * it happens in a task of its own, not inside the paste listener the editor is waiting on.
 */
const afterDispatch = (work: () => void) => void setTimeout(work, 0);

const LET_THROUGH: ReadonlySet<string> = new Set(['allow', 'monitor']);

async function screenText(ctx: CaptureContext, composer: Element, text: string, trigger: CaptureTrigger): Promise<void> {
  const verdict = await ctx.verdictOf(text);
  await enforceHeld(
    ctx,
    {
      subject: 'paste',
      action: verdict.action,
      findings: verdict.findings,
      text,
      capped: verdict.capped === true,
      redactable: canRedact(verdict, text),
    },
    {
      // An insertion the editor refused leaves the composer as it was: nothing went in to explain.
      deliver: async (redacted) => (await ctx.adapter.insertText(composer, redacted ? verdict.redacted : text), true),
      // A paste that goes in without a question is recorded only when flagged: a clean paste is no event.
      record: (outcome) => (verdict.flagged || !LET_THROUGH.has(outcome.action)) && ctx.record({ text, trigger, ...outcome }),
    },
  );
}

/** Re-fires the paste or drop with the screened files, for the page's own handler. */
function redispatchFiles(target: EventTarget, type: 'paste' | 'drop', files: readonly File[]): void {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  const event =
    type === 'paste'
      ? new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
      : new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
  bypassed(() => target.dispatchEvent(event));
}

/**
 * The browser hands over the clipboard text synchronously (an IPC round trip the editor's own
 * paste handler pays too), so test builds time it apart from Sightline's decision.
 */
const readText = timed('clipboard-read', (data: DataTransfer) => data.getData('text/plain'));

export function installPasteCapture(win: Window, ctx: CaptureContext): () => void {
  const onFiles = (event: ClipboardEvent | DragEvent, type: 'paste' | 'drop', files: File[]) => {
    const target = event.target;
    if (ctx.config().mode === 'monitor' || !files.some((f) => scannable(ctx, f)) || !target) {
      void screenFiles(ctx, files).then((screened) => recordFiles(ctx, screened, type, {}));
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    void screenFiles(ctx, files)
      .then((screened) => resolveFiles(ctx, screened, type))
      .then((allowed) => allowed && redispatchFiles(target, type, allowed));
  };

  const onText = timed('paste', (event: ClipboardEvent | DragEvent, type: 'paste' | 'drop', composer: Element, text: string) => {
    // A regex test stops at the first visible character; `trim()` would copy a 200 KB paste.
    if (!/\S/.test(text)) return;
    if (ctx.config().mode === 'monitor') {
      // Sent as usual; recorded only if the worker finds something.
      afterDispatch(() => void ctx.verdictOf(text).then((v) => v.flagged && ctx.record({ text, trigger: type })));
      return;
    }
    if (text.length <= SYNC_PASTE_SCAN_CHARS && ctx.localVerdict(text).action === 'allow') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    afterDispatch(() => void screenText(ctx, composer, text, type));
  });

  const onTransfer = (event: ClipboardEvent | DragEvent) => {
    if (isBypassed()) return;
    const data = event instanceof ClipboardEvent ? event.clipboardData : event.dataTransfer;
    if (!data) return;
    const type = event.type === 'paste' ? 'paste' : 'drop';
    const files = [...data.files];
    if (files.length > 0) return onFiles(event, type, files);
    const composer = composerContaining(ctx.adapter, event.target as Node | null);
    if (composer) onText(event, type, composer, readText(data));
  };
  win.addEventListener('paste', onTransfer, { capture: true });
  win.addEventListener('drop', onTransfer, { capture: true });
  return () => {
    win.removeEventListener('paste', onTransfer, { capture: true });
    win.removeEventListener('drop', onTransfer, { capture: true });
  };
}
