/**
 * OCSF identifiers Sightline emits, pinned to OCSF 1.5.0. Source: the OCSF schema browser,
 * https://schema.ocsf.io/1.5.0/ (classes `data_security_finding`, `web_resources_activity`,
 * `device_inventory_info`, `base_event`; objects `data_security`, `agent`, `device`). Numbers
 * were transcribed from that documentation; `schema.ts` checks every event against them.
 */
import type { Category, Severity } from '../../engine/types';

export const OCSF_VERSION = '1.5.0';

export const PRODUCT = { name: 'Sightline', vendor_name: 'Sightline' } as const;

/** `type_uid` is always `class_uid * 100 + activity_id` (OCSF base event rule). */
export function typeUid(classUid: number, activityId: number): number {
  return classUid * 100 + activityId;
}

/** Findings category (2), Data Security Finding class: a DLP-style detection. */
export const DATA_SECURITY_FINDING = { class_uid: 2006, category_uid: 2, activity_create: 1 } as const;
/**
 * Application Activity category (6), Web Resources Activity: the daily usage summary is a user's
 * activity against one web application (the AI app), aggregated with the base `count`,
 * `start_time` and `end_time` attributes OCSF defines for aggregated events. No Web Resources
 * activity means "used during the day", so activity is 99 Other.
 */
export const WEB_RESOURCES_ACTIVITY = { class_uid: 6001, category_uid: 6, activity_other: 99 } as const;
/**
 * Discovery category (5), Device Inventory Info: the heartbeat reports the state of one managed
 * install (agent version, policy, mode, queue size), which is what inventory records are for.
 * Activity 1 Log: the device reports on itself.
 */
export const DEVICE_INVENTORY_INFO = { class_uid: 5001, category_uid: 5, activity_log: 1 } as const;
/**
 * Base Event (class 0, category 0 Uncategorized): health records (policy errors, adapter health,
 * outbox drops) describe Sightline itself and fit no OCSF class; OCSF directs such events to the
 * base event with activity 99 Other. `status`, `status_code` and `message` carry the record.
 */
export const BASE_EVENT = { class_uid: 0, category_uid: 0, activity_other: 99 } as const;

export const EMITTED_CLASS_UIDS = [
  DATA_SECURITY_FINDING.class_uid,
  WEB_RESOURCES_ACTIVITY.class_uid,
  DEVICE_INVENTORY_INFO.class_uid,
  BASE_EVENT.class_uid,
] as const;

/** OCSF `severity_id`: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
export const SEVERITY_ID: Record<Severity, number> = { low: 2, medium: 3, high: 4, critical: 5 };
export const SEVERITY_INFORMATIONAL = 1;

/**
 * `data_security.category_id` (data_classification): 1 Personal, 4 Business, 6 Security,
 * 99 Other. Secrets and risky intent are security data; source code and confidential markers are
 * business data.
 */
export const DATA_CATEGORY_ID: Record<Category, number> = {
  pii: 1, secret: 6, code: 4, confidential: 4, intent: 6, custom: 99,
};

/** `data_lifecycle_state_id` 2 Data in-Transit: the prompt is on its way to a third party. */
export const DATA_IN_TRANSIT = 2;
/** `detection_system_id` 1 Endpoint: detection runs in the employee's browser. */
export const DETECTION_SYSTEM_ENDPOINT = 1;
/** `agent.type_id` 2 Data Loss Prevention. */
export const AGENT_TYPE_DLP = 2;
/** `device.type_id` 0 Unknown: a browser extension cannot tell desktop from laptop. */
export const DEVICE_TYPE_UNKNOWN = 0;

export const ENFORCEMENT_ACTIONS = ['observed', 'warned', 'cancelled', 'blocked', 'redacted'] as const;
export type EnforcementAction = (typeof ENFORCEMENT_ACTIONS)[number];

/**
 * Security Control profile. `action_id`: 1 Allowed, 2 Denied, 3 Observed, 4 Modified.
 * `disposition_id`: 1 Allowed, 2 Blocked, 11 Corrected, 15 Detected, 19 Alert.
 * A warning the user overrode was allowed with an alert; one the user heeded was denied.
 */
export const ENFORCEMENT_IDS: Record<EnforcementAction, { action_id: number; disposition_id: number }> = {
  observed: { action_id: 3, disposition_id: 15 },
  warned: { action_id: 1, disposition_id: 19 },
  cancelled: { action_id: 2, disposition_id: 2 },
  blocked: { action_id: 2, disposition_id: 2 },
  redacted: { action_id: 4, disposition_id: 11 },
};
