/**
 * Usage summaries, device status and health records → OCSF (class choices and their reasons are
 * in `constants.ts`). Pure.
 */
import { BASE_EVENT, DEVICE_INVENTORY_INFO, SEVERITY_INFORMATIONAL, WEB_RESOURCES_ACTIVITY, typeUid } from './constants';
import { actor, metadata, ocsfDevice } from './common';
import type { DeviceStatusEvent, HealthEvent, UsageSummaryEvent } from './events';
import type { DeviceStatusInput, HealthInput, UsageSummaryInput } from './inputs';
import { HEALTH_MESSAGE_MAX_CHARS, scrub } from './privacy';

/** Web resource `type` naming the resource as an AI application in the shadow-AI inventory. */
export const AI_APP_RESOURCE_TYPE = 'AI application';
/** OCSF `severity_id` 2 Low: a health record needs attention but is not a security finding. */
const HEALTH_SEVERITY = 2;

export function buildUsageSummary(input: UsageSummaryInput): UsageSummaryEvent {
  return {
    class_uid: WEB_RESOURCES_ACTIVITY.class_uid,
    category_uid: WEB_RESOURCES_ACTIVITY.category_uid,
    activity_id: WEB_RESOURCES_ACTIVITY.activity_other,
    type_uid: typeUid(WEB_RESOURCES_ACTIVITY.class_uid, WEB_RESOURCES_ACTIVITY.activity_other),
    severity_id: SEVERITY_INFORMATIONAL,
    time: input.dayEnd,
    count: input.counts.prompts,
    start_time: input.dayStart,
    end_time: input.dayEnd,
    metadata: metadata(input.eventId, input.device),
    device: ocsfDevice(input.device),
    ...actor(input.device),
    web_resources: [{ name: input.app, url_string: `https://${input.host}/`, type: AI_APP_RESOURCE_TYPE }],
    dst_endpoint: { hostname: input.host },
    unmapped: {
      sightline: {
        kind: 'usage_summary', app: input.app, browser: input.device.browser,
        prompts: input.counts.prompts, pastes: input.counts.pastes, uploads: input.counts.uploads,
        flagged: input.counts.flagged, actions: input.counts.actions,
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
    type_uid: typeUid(BASE_EVENT.class_uid, BASE_EVENT.activity_other),
    severity_id: HEALTH_SEVERITY,
    time: input.time,
    metadata: metadata(input.eventId, input.device),
    device: ocsfDevice(input.device),
    ...actor(input.device),
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
const DAY_MS = 86_400_000;

export const startOfUtcHour = (time: number): number => time - (time % HOUR_MS);
export const startOfUtcDay = (time: number): number => time - (time % DAY_MS);

/**
 * Deterministic ids: a summary or heartbeat rebuilt after a worker restart is a duplicate, so the
 * collector keeps at most one heartbeat per install and hour and one summary per app and day.
 */
export function usageSummaryId(installId: string, app: string, dayStart: number): string {
  return `usage:${installId}:${app}:${dayStart}`;
}

export function deviceStatusId(installId: string, hourStart: number): string {
  return `status:${installId}:${hourStart}`;
}
