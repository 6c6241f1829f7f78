/**
 * What every capture path (submit, paste, upload) shares in one content script: the adapter,
 * the policy as last heard from the worker, verdicts, the local fast layer and recording.
 */
import { DEFAULT_ENFORCEMENT_CONFIG, type EnforcementConfig } from '../../../shared/enforcement/config';
import { decideFailClosed } from '../../../shared/enforcement/decide';
import { toVerdict, type Verdict } from '../../../shared/enforcement/verdict';
import { scanFast } from '../../../shared/engine/scan-fast';
import type { CapturedPrompt } from '../../../shared/protocol/capture-messages';
import type { SiteAdapter } from '../sites/site-adapter';
import { VerdictCache } from './verdict-cache';

export interface CaptureTransport {
  scan(text: string): Promise<Verdict>;
  config(): Promise<EnforcementConfig>;
  record(prompt: CapturedPrompt): Promise<unknown>;
  /** The extension was updated or removed under this script: the worker is unreachable for good. */
  orphaned(): boolean;
}

export interface CaptureContext {
  readonly adapter: SiteAdapter;
  readonly cache: VerdictCache;
  readonly transport: CaptureTransport;
  config(): EnforcementConfig;
  refreshConfig(): void;
  /** Verdict of the fast pattern layer, with the fail-closed decision as its action. */
  localVerdict(text: string): Verdict;
  /** The worker's verdict, or the local one when the worker does not answer. */
  verdictOf(text: string): Promise<Verdict>;
  record(prompt: Omit<CapturedPrompt, 'site'>): void;
}

export function createCaptureContext(adapter: SiteAdapter, transport: CaptureTransport): CaptureContext {
  let config = DEFAULT_ENFORCEMENT_CONFIG;
  const ctx: CaptureContext = {
    adapter,
    transport,
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
      const verdict = toVerdict(scanFast(text, { flagThreshold: config.flagThreshold }), text, config);
      return { ...verdict, action: decideFailClosed(verdict.findings, config) };
    },
    async verdictOf(text) {
      if (transport.orphaned()) return ctx.localVerdict(text);
      return transport.scan(text).catch(() => ctx.localVerdict(text));
    },
    record(prompt) {
      if (transport.orphaned()) return;
      // Recording never blocks or fails the page; a lost record is logged. The message is posted
      // now (not after the page's handler) so the record is ordered before what the page sends.
      transport.record({ site: adapter.id, ...prompt }).catch((error: unknown) => {
        console.warn('[Sightline] could not record a prompt:', error);
      });
    },
  };
  return ctx;
}
