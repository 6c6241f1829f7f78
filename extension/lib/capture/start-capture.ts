/**
 * Content-script entry for one chatbot site: claims the page, wires submit, typing, paste and
 * upload capture to one shared context, and keeps the policy fresh.
 */
import { scanContent } from '../../../shared/engine/scan-content';
import { createSubmitGate } from '../enforcement/submit-gate';
import type { SiteAdapter } from '../sites/site-adapter';
import { createCaptureContext } from './capture-context';
import { watchComposer } from './composer-watch';
import { claimWindow } from './instance-claim';
import { installPasteCapture } from './paste-capture';
import { runtimeTransport } from './runtime-transport';
import { installSubmitCapture } from './submit-capture';
import { installTypingScan } from './typing-scan';
import { installUploadCapture } from './upload-capture';

export function startCapture(adapter: SiteAdapter, win: Window = window): void {
  const transport = runtimeTransport(adapter.id);
  const disposers: (() => void)[] = [];
  const dispose = () => disposers.splice(0).forEach((stop) => stop());
  const claim = claimWindow(win, { alive: () => !transport.orphaned(), dispose });
  if (!claim) return;

  const ctx = createCaptureContext(
    adapter,
    {
      ...transport,
      // An orphaned copy hands over to a live one injected after the update.
      orphaned: () => transport.orphaned() && !claim.superseded(),
    },
    win,
  );
  disposers.push(() => ctx.dispose());
  const gate = createSubmitGate(ctx);
  const typing = installTypingScan(win, adapter, ctx.cache, ctx.ui.prefetch);
  const refresh = () => {
    if (transport.orphaned() && claim.superseded()) dispose();
    else if (!transport.orphaned()) ctx.refreshConfig();
  };
  disposers.push(
    installSubmitCapture(win, adapter, (composer, text, trigger) => {
      if (transport.orphaned() && claim.superseded()) {
        dispose();
        return 'pass';
      }
      return gate(composer, text, trigger);
    }),
    () => typing.dispose(),
    installPasteCapture(win, ctx),
    installUploadCapture(win, ctx),
    watchComposer(win, adapter, (composer) => typing.watch(composer)),
  );
  ctx.refreshConfig();
  // Policy may change while the tab is open; re-read it when the user comes back to the tab.
  win.addEventListener('focus', refresh);
  disposers.push(() => win.removeEventListener('focus', refresh));
  // Compile the fast layer's patterns while the page is idle, not at the first paste.
  const warmUp = () => void scanContent('warm up sightline@example.com AKIA');
  if ('requestIdleCallback' in win) win.requestIdleCallback(warmUp, { timeout: 2000 });
  else setTimeout(warmUp, 500);
}
