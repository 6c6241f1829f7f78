/**
 * Daily usage counters per AI app, for the shadow-AI inventory (issue 7): every captured prompt,
 * paste and upload is counted, clean ones included; flagged ones also by the action taken. Counts
 * only: nothing here takes the prompt text, a file name or a finding type. Pure; the extension
 * keeps the rows in IndexedDB (`extension/lib/usage`).
 *
 * Example row (store `usage`, key [day, app]):
 *   { day: '2026-11-27', app: 'chatgpt', host: 'chatgpt.com', dayStart: 1795734000000,
 *     dayEnd: 1795820400000, timezoneOffset: 60, prompts: 42, pastes: 7, uploads: 1, flagged: 3,
 *     actions: { warned: 2, blocked: 1 } }
 */
import type { CaptureTrigger } from '../captured-event';
import type { EnforcementAction } from '../ocsf/constants';
import type { UsageCounts } from '../ocsf/inputs';
import type { LocalDay } from './local-day';

export interface UsageRow extends UsageCounts {
  /** Local day, `YYYY-MM-DD`. */
  readonly day: string;
  /** Site adapter id, e.g. `chatgpt`. */
  readonly app: string;
  readonly host: string;
  readonly dayStart: number;
  readonly dayEnd: number;
  readonly timezoneOffset: number;
}

/** What counting needs to know about one capture. Deliberately no text. */
export interface UsageCapture {
  readonly app: string;
  readonly host: string;
  readonly capturedAt: number;
  readonly trigger: CaptureTrigger;
  /** A file was uploaded, pasted or dropped. */
  readonly hasFile: boolean;
  readonly flagged: boolean;
  /** The enforcement outcome, for flagged captures. */
  readonly action?: EnforcementAction;
}

export type UsageKind = 'prompts' | 'pastes' | 'uploads';

/** A file that enters the composer is an upload however it came; other pasted or dropped content is a paste. */
export function usageKind(trigger: CaptureTrigger, hasFile: boolean): UsageKind {
  if (hasFile || trigger === 'file-upload') return 'uploads';
  if (trigger === 'paste' || trigger === 'drop') return 'pastes';
  return 'prompts';
}

/** The row after one more capture; `row` is the stored one for the capture's day and app, if any. */
export function countCapture(row: UsageRow | undefined, capture: UsageCapture, day: LocalDay): UsageRow {
  const base: UsageRow = row ?? {
    day: day.key, app: capture.app, host: capture.host, dayStart: day.start, dayEnd: day.end, timezoneOffset: day.offsetAtEnd,
    prompts: 0, pastes: 0, uploads: 0, flagged: 0, actions: {},
  };
  const kind = usageKind(capture.trigger, capture.hasFile);
  const counted = { ...base, [kind]: base[kind] + 1 };
  if (!capture.flagged) return counted;
  const actions = capture.action ? { ...base.actions, [capture.action]: (base.actions[capture.action] ?? 0) + 1 } : base.actions;
  return { ...counted, flagged: base.flagged + 1, actions };
}

/** A day's row is summarised once the day is over on the device's clock. */
export function isDayOver(row: Pick<UsageRow, 'dayEnd'>, now: number): boolean {
  return now >= row.dayEnd;
}
