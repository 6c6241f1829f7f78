/**
 * File uploads through `<input type=file>` (hidden or not): the `change` event is caught on
 * `window` in the capture phase, before the page's own listener reads `input.files`. When a
 * text-like file must be screened, the event is stopped, the files scanned, and then the page
 * gets a re-fired `change` with the original files, redacted copies, or (blocked) none.
 */
import { bypassed, isBypassed } from '../sites/bypass';
import type { CaptureContext } from './capture-context';
import { recordFiles, resolveFiles, scannable, screenFiles } from './file-screen';

export function installUploadCapture(win: Window, ctx: CaptureContext): () => void {
  const onChange = (event: Event) => {
    const input = event.target;
    if (isBypassed() || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    const mode = ctx.config().mode;
    if (mode === 'monitor' || ctx.transport.orphaned() || !files.some((f) => scannable(ctx, f))) {
      // Nothing to hold back: the page gets the event untouched; the upload is recorded.
      void screenFiles(ctx, files).then((screened) => recordFiles(ctx, screened, 'file-upload', {}));
      return;
    }
    event.stopImmediatePropagation();
    void screenFiles(ctx, files)
      .then((screened) => resolveFiles(ctx, screened, 'file-upload'))
      .then((allowed) => {
        const data = new DataTransfer();
        for (const file of allowed ?? []) data.items.add(file);
        input.files = data.files;
        if (allowed) bypassed(() => input.dispatchEvent(new Event('change', { bubbles: true })));
      });
  };
  win.addEventListener('change', onChange, { capture: true });
  return () => win.removeEventListener('change', onChange, { capture: true });
}
