/** A finished day's counters → its OCSF usage summary (Web Resources Activity, see constants.ts). */
import { buildUsageSummary, usageSummaryId } from '../ocsf/build-telemetry';
import type { UsageSummaryEvent } from '../ocsf/events';
import type { DeviceContext } from '../ocsf/inputs';
import type { UsageRow } from './usage-counts';

export function usageSummaryFor(row: UsageRow, device: DeviceContext): UsageSummaryEvent {
  return buildUsageSummary({
    eventId: usageSummaryId(device.installId, row.app, row.day),
    device, app: row.app, host: row.host,
    day: row.day, dayStart: row.dayStart, dayEnd: row.dayEnd, timezoneOffset: row.timezoneOffset,
    counts: { prompts: row.prompts, pastes: row.pastes, uploads: row.uploads, flagged: row.flagged, actions: row.actions },
  });
}
