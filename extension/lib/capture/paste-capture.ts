/**
 * Pastes and drops into the composer. A paste cannot be paused, so the decision must be
 * synchronous or the paste is taken over:
 *  - monitor mode, or a short clean text (fast layer, synchronous): the page pastes as usual;
 *  - otherwise the native paste is cancelled, the worker scans the text, and Sightline inserts
 *    the original (clean / "paste anyway"), the redacted text, or nothing (block / edit).
 * Long texts always take the second path, so a 200 KB paste never runs a scan on the main thread.
 * Files in the clipboard or the drop are screened like uploads.
 */
import type { CaptureTrigger } from '../../../shared/events/captured-event';
import { bypassed, isBypassed } from '../sites/bypass';
import { composerContaining } from '../sites/site-adapter';
import { showDialog } from '../ui/dialog';
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

async function screenText(ctx: CaptureContext, composer: Element, text: string, trigger: CaptureTrigger): Promise<void> {
  const verdict = await ctx.verdictOf(text);
  const insert = (value: string) => ctx.adapter.insertText(composer, value);
  const record = (extra: object = {}) => ctx.record({ text, trigger, action: verdict.action, ...extra });
  switch (verdict.action) {
    case 'allow':
    case 'monitor':
      await insert(text);
      if (verdict.flagged) record();
      return;
    case 'redact':
      await insert(verdict.redacted);
      record();
      return;
    case 'block':
      record();
      await showDialog({ kind: 'block', subject: 'paste', findings: verdict.findings, text, noticeUrl: ctx.config().noticeUrl });
      return;
    case 'warn': {
      const result = await showDialog({
        kind: 'warn',
        subject: 'paste',
        findings: verdict.findings,
        text,
        canRedact: verdict.redacted !== text && verdict.capped !== true,
        requireJustification: ctx.config().requireJustification,
      });
      const choice = result.choice === 'reload' ? 'dismissed' : result.choice;
      record({ choice, ...(result.justification ? { justification: result.justification } : {}) });
      if (choice === 'send-anyway') await insert(text);
      else if (choice === 'redact') await insert(verdict.redacted);
    }
  }
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
