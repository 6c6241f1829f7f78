/**
 * When the worker flushes: on a `chrome.alarms` schedule (MV3's minimum period is 30 s; alarms
 * survive worker eviction but are re-created at every worker start in case the browser dropped
 * them, e.g. after an update), and when connectivity returns.
 */

export const SYNC_ALARM = 'sightline-sync';
/** Chrome 120+ allows 30 s alarms; older versions round up to 1 minute, which is still fine. */
export const SYNC_PERIOD_MINUTES = 0.5;

export interface AlarmsLike {
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
  readonly onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export interface ScheduleDeps {
  readonly alarms: AlarmsLike;
  /** `self.addEventListener('online', …)` in the worker. */
  readonly onOnline: (listener: () => void) => void;
  readonly flush: () => Promise<unknown>;
  readonly onError?: (error: unknown) => void;
}

/** Call once at every worker start, synchronously, so the alarm listener is registered in time. */
export function scheduleSync(deps: ScheduleDeps): void {
  const flush = () => void deps.flush().catch((error: unknown) => deps.onError?.(error));
  deps.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) flush();
  });
  deps.onOnline(flush);
  deps.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: SYNC_PERIOD_MINUTES });
  // A worker start is often the first moment after a restart or a long sleep: try right away.
  flush();
}
