import type { EnforcementConfig } from '../../../shared/enforcement/config';
import type { Scan, ScanResult } from '../../../shared/engine';
import type { CapturedEvent } from '../../../shared/events/captured-event';
import type { PolicyService } from '../policy/policy-service';
import type { SightlineDb } from '../store/db';
import type { InjectUi } from './ui-handlers';

/** What background handlers need from the browser, injected so they run under test. */
export interface BackgroundDeps {
  readonly db: () => Promise<SightlineDb>;
  readonly now: () => number;
  readonly newId: () => string;
  readonly version: string;
  readonly hasHostAccess: () => Promise<boolean>;
  readonly policy: PolicyService;
  readonly saveLocalOptions: (options: Readonly<Record<string, unknown>>) => Promise<void>;
  /**
   * Called with every recorded capture and its verdict scan: adds the NLP entity findings to the
   * stored event (extension/lib/nlp/enrich-capture.ts), then queues flagged ones for the collector.
   */
  readonly onCaptured: (event: CapturedEvent, result: ScanResult, text: string) => Promise<void>;
  /** The enforcement policy in force (storage today, managed policy later). */
  readonly getEnforcementConfig: () => Promise<EnforcementConfig>;
  /** The verdict engine: every detector except the NLP entities, which enrich the event later. */
  readonly scan: Scan;
  /** Injects the in-page dialog into one frame (ui-handlers.ts). */
  readonly injectUi: InjectUi;
}
