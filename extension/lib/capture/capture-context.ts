/**
 * What every capture path (submit, paste, upload) shares in one content script: the adapter,
 * the policy as last heard from the worker, verdicts, the local fast layer and recording.
 */
import type { EnforcementConfig } from '../../../shared/enforcement/config';
import { decideFailClosed } from '../../../shared/enforcement/decide';
import { toVerdict, type Verdict } from '../../../shared/enforcement/verdict';
import { scanContent } from '../../../shared/engine/scan-content';
import type { CapturedPrompt } from '../../../shared/protocol/capture-messages';
import type { SiteAdapter } from '../sites/site-adapter';
import { createUiLoader } from '../ui-loader/load-ui';
import { createPageUi, type PageUi } from '../ui-loader/page-ui';
import { CONTENT_DEFAULT_CONFIG } from './default-config';
import { createRecordQueue } from './record-queue';
import { VerdictCache } from './verdict-cache';

export interface CaptureTransport {
  scan(text: string): Promise<Verdict>;
  config(): Promise<EnforcementConfig>;
  record(prompt: CapturedPrompt): Promise<unknown>;
  /** Has the worker inject the in-page dialog into this frame; settles once it ran. */
  loadUi(): Promise<unknown>;
  /** The extension was updated or removed under this script: the worker is unreachable for good. */
  orphaned(): boolean;
}

export interface CaptureContext {
  readonly adapter: SiteAdapter;
  readonly cache: VerdictCache;
  readonly transport: CaptureTransport;
  /** The dialog, loaded on first need, or the fallback notice (ui-loader/page-ui.ts). */
  readonly ui: PageUi;
  config(): EnforcementConfig;
  refreshConfig(): void;
  /** Verdict of the fast pattern layer, with the fail-closed decision as its action. */
  localVerdict(text: string): Verdict;
  /** The worker's verdict, or the local one when the worker does not answer. */
  verdictOf(text: string): Promise<Verdict>;
  /** Queues the record; it is posted after the page's own handlers (see record-queue.ts). */
  record(prompt: Omit<CapturedPrompt, 'site'>): void;
  dispose(): void;
}

export function createCaptureContext(adapter: SiteAdapter, transport: CaptureTransport, win: Window = window): CaptureContext {
  let config = CONTENT_DEFAULT_CONFIG;
  const records = createRecordQueue<CapturedPrompt>(win, (prompt) => {
    if (transport.orphaned()) return;
    // Recording never blocks or fails the page; a lost record is logged.
    transport.record(prompt).catch((error: unknown) => {
      console.warn('[Sightline] could not record a prompt:', error);
    });
  });
  const ctx: CaptureContext = {
    adapter,
    transport,
    ui: createPageUi(createUiLoader(() => transport.loadUi()), win),
    cache: new VerdictCache((text) => transport.scan(text)),
    config: () => config,
    refreshConfig() {
      transport.config().then(
        (fresh) => {
          if (JSON.stringify(fresh) !== JSON.stringify(config)) ctx.cache.clear();
          config = fresh;
        },
        () => undefined, // keep the last known policy (default: warn) rather than none
      );
    },
    localVerdict(text) {
      const verdict = toVerdict(scanContent(text, { flagThreshold: config.flagThreshold }), text, config);
      return { ...verdict, action: decideFailClosed(verdict.findings, config) };
    },
    async verdictOf(text) {
      if (transport.orphaned()) return ctx.localVerdict(text);
      // Through the cache: a paste into an empty composer is then already decided at Enter, and
      // the typing scan that follows the paste does not post the same text to the worker again.
      return (await ctx.cache.fetch(text)) ?? ctx.localVerdict(text);
    },
    record(prompt) {
      records.push({ site: adapter.id, ...prompt });
    },
    dispose: () => records.dispose(),
  };
  return ctx;
}
