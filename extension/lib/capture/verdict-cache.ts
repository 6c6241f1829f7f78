/**
 * Verdicts for the composer text, computed while the user types so that the decision at submit
 * is a synchronous lookup. Keyed by the exact text: any edit makes the old verdict irrelevant.
 * Texts live here only until replaced; nothing is stored or sent anywhere but the worker.
 */
import type { Verdict } from '../../../shared/enforcement/verdict';

/** Pause in typing before a scan; long enough to skip most keystrokes, short next to reading time. */
export const TYPING_DEBOUNCE_MS = 150;
/** A few recent texts, so undo or a quick edit-and-revert still finds its verdict. */
const MAX_ENTRIES = 4;

export type ScanRequest = (text: string) => Promise<Verdict>;

export class VerdictCache {
  private readonly done = new Map<string, Verdict>();
  private readonly pending = new Map<string, Promise<Verdict | null>>();

  constructor(private readonly request: ScanRequest) {}

  get(text: string): Verdict | undefined {
    return this.done.get(text);
  }

  /** Starts a scan unless one for this text is known or running; resolves null on failure. */
  fetch(text: string): Promise<Verdict | null> {
    const known = this.done.get(text);
    if (known) return Promise.resolve(known);
    let running = this.pending.get(text);
    if (!running) {
      running = this.request(text).then(
        (verdict) => {
          this.remember(text, verdict);
          return verdict;
        },
        () => null,
      );
      const settled = running;
      void settled.finally(() => this.pending.delete(text));
      this.pending.set(text, settled);
    }
    return running;
  }

  /** `fetch`, but gives up (null) after `timeoutMs`; the scan still completes into the cache. */
  fetchWithin(text: string, timeoutMs: number): Promise<Verdict | null> {
    return Promise.race([this.fetch(text), new Promise<null>((resolve) => setTimeout(resolve, timeoutMs, null))]);
  }

  clear(): void {
    this.done.clear();
  }

  private remember(text: string, verdict: Verdict): void {
    this.done.delete(text);
    this.done.set(text, verdict);
    while (this.done.size > MAX_ENTRIES) {
      const oldest = this.done.keys().next();
      if (oldest.done) break;
      this.done.delete(oldest.value);
    }
  }
}
