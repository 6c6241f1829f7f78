/**
 * Usage summaries, device status and health records → OCSF (class choices and their reasons are
 * in `constants.ts`). Pure.
 */
import {
  BASE_EVENT, DEVICE_INVENTORY_INFO, HEALTH_ACTIVITY_NAME, SEVERITY_INFORMATIONAL, STATUS_OTHER, USAGE_ACTIVITY_NAME,
  WEB_RESOURCES_ACTIVITY, typeUid,
} from './constants';
import { actor, metadata, ocsfDevice } from './common';
import type { DeviceStatusEvent, HealthEvent, UsageSummaryEvent } from './events';
import type { DeviceStatusInput, HealthInput, UsageSummaryInput } from './inputs';
import { HEALTH_MESSAGE_MAX_CHARS, scrub } from './privacy';

/** Web resource `type` naming the resource as an AI application in the shadow-AI inventory. */
export const AI_APP_RESOURCE_TYPE = 'AI application';
/** OCSF `severity_id` 2 Low: a health record needs attention but is not a security finding. */
const HEALTH_SEVERITY = 2;

/**
 * One app's day of use. Counts only: no prompt, file name or finding type is in it, whatever the
 * privacy mode. `time` is the end of the day, so a summary rebuilt later is the same event.
 */
export function buildUsageSummary(input: UsageSummaryInput): UsageSummaryEvent {
  const { counts } = input;
  return {
    class_uid: WEB_RESOURCES_ACTIVITY.class_uid,
    category_uid: WEB_RESOURCES_ACTIVITY.category_uid,
    activity_id: WEB_RESOURCES_ACTIVITY.activity_other,
    activity_name: USAGE_ACTIVITY_NAME,
    type_uid: typeUid(WEB_RESOURCES_ACTIVITY.class_uid, WEB_RESOURCES_ACTIVITY.activity_other),
    severity_id: SEVERITY_INFORMATIONAL,
    time: input.dayEnd,
    count: counts.prompts + counts.pastes + counts.uploads,
    start_time: input.dayStart,
    end_time: input.dayEnd,
    timezone_offset: input.timezoneOffset,
    metadata: metadata(input.eventId, input.device),
    device: ocsfDevice(input.device),
    ...actor(input.device),
    web_resources: [{ name: input.app, url_string: `https://${input.host}/`, type: AI_APP_RESOURCE_TYPE }],
    dst_endpoint: { hostname: input.host },
    unmapped: {
      sightline: {
        kind: 'usage_summary', app: input.app, browser: input.device.browser, day: input.day,
        prompts: counts.prompts, pastes: counts.pastes, uploads: counts.uploads, flagged: counts.flagged, actions: counts.actions,
      },
    },
  };
}

export function buildDeviceStatus(input: DeviceStatusInput): DeviceStatusEvent {
  return {
    class_uid: DEVICE_INVENTORY_INFO.class_uid,
    category_uid: DEVICE_INVENTORY_INFO.category_uid,
    activity_id: DEVICE_INVENTORY_INFO.activity_log,
    type_uid: typeUid(DEVICE_INVENTORY_INFO.class_uid, DEVICE_INVENTORY_INFO.activity_log),
    severity_id: SEVERITY_INFORMATIONAL,
    time: input.time,
    metadata: metadata(input.eventId, input.device),
    device: ocsfDevice(input.device),
    ...actor(input.device),
    unmapped: {
      sightline: {
        kind: 'device_status', browser: input.device.browser, policy_hash: input.policyHash, mode: input.mode,
        privacy_mode: input.privacyMode, outbox_size: input.outboxSize, dead_letters: input.deadLetters,
      },
    },
  };
}

/**
 * `sensitiveValues`: raw values the caller knows of (e.g. detected spans of the prompt whose
 * processing failed); they never appear in the message.
 */
export function buildHealthRecord(input: HealthInput, sensitiveValues: readonly string[] = []): HealthEvent {
  return {
    class_uid: BASE_EVENT.class_uid,
    category_uid: BASE_EVENT.category_uid,
    activity_id: BASE_EVENT.activity_other,
    activity_name: HEALTH_ACTIVITY_NAME,
    type_uid: typeUid(BASE_EVENT.class_uid, BASE_EVENT.activity_other),
    severity_id: HEALTH_SEVERITY,
    time: input.time,
    metadata: metadata(input.eventId, input.device),
    device: ocsfDevice(input.device),
    ...actor(input.device),
    status_id: STATUS_OTHER,
    status: input.kind,
    status_code: input.code,
    message: scrub(input.message, sensitiveValues).slice(0, HEALTH_MESSAGE_MAX_CHARS),
    unmapped: {
      sightline: {
        kind: input.kind, browser: input.device.browser,
        ...(input.app ? { app: input.app } : {}),
        ...(input.counters ? { counters: input.counters } : {}),
      },
    },
  };
}

const HOUR_MS = 3_600_000;

export const startOfUtcHour = (time: number): number => time - (time % HOUR_MS);

/**
 * Deterministic ids: a summary or heartbeat rebuilt after a worker restart is a duplicate, so the
 * collector keeps at most one heartbeat per install and hour and one summary per app and local day.
 */
export function usageSummaryId(installId: string, app: string, day: string): string {
  return `usage:${installId}:${app}:${day}`;
}

export function deviceStatusId(installId: string, hourStart: number): string {
  return `status:${installId}:${hourStart}`;
}
