/**
 * What enforcement asks of the in-page UI: the dialog when it can be had, the content script's
 * own fallback notice when it cannot. Never silent: blocked stays blocked, and a warning that
 * cannot be shown is not a licence to send, so it counts as Edit (recorded as such) and says so.
 */
import type { DialogRequest, DialogResult } from '../ui/dialog-request';
import { showFallbackNotice } from './fallback-notice';
import type { UiLoader } from './load-ui';
import type { NoticeKind } from './notice-strings';

export interface PageUi {
  show(request: DialogRequest): Promise<DialogResult>;
  /** Loads the dialog ahead of need (a flagged verdict while typing), so it is ready at submit. */
  prefetch(): void;
  /** The extension was updated under this script: no worker to load the dialog from. */
  orphaned(): Promise<void>;
}

export function createPageUi(load: UiLoader, win: Window = window): PageUi {
  // The record of what was held leaves before the page does (record-queue.ts flushes on pagehide).
  const notice = async (kind: NoticeKind) => {
    if ((await showFallbackNotice(kind, win.document)) === 'reload') win.location.reload();
  };
  return {
    async show(request) {
      const ui = await load();
      if (ui) return ui.showDialog(request);
      await notice('unavailable');
      return { choice: 'edit' };
    },
    prefetch: () => void load(),
    orphaned: () => notice('orphaned'),
  };
}
