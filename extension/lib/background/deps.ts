import type { SightlineDb } from '../store/db';

/** What background handlers need from the browser, injected so they run under test. */
export interface BackgroundDeps {
  readonly db: () => Promise<SightlineDb>;
  readonly now: () => number;
  readonly newId: () => string;
  readonly version: string;
  readonly hasHostAccess: () => Promise<boolean>;
}
